import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { outboundEmails } from './tables';

export interface Email {
  organizationId: string;
  to: string;
  subject: string;
  text: string;
  /** Secrets in the text (one-time links): kept out of the stored copy once SMTP has delivered them. */
  secrets?: string[];
  /**
   * Mail of an anonymous flow (360 invitations and reminders, SPEC S1.3): neither the log nor the
   * stored copy keeps the address, subject or text, so the outbox admins and HR read cannot show
   * who was asked or reminded. Without SMTP such a message is therefore delivered nowhere but the
   * recipient's in-app inbox.
   */
  confidential?: boolean;
}

export interface Mailer {
  send(db: Db, email: Email): Promise<void>;
  readonly transport: 'smtp' | 'outbox';
}

/**
 * Sends through SMTP when configured; otherwise the message lands in the dev outbox (readable by
 * admins in the app) and the log. Either way a row records what was sent, for support and tests.
 */
export function createMailer(config: Config, log: { info: (obj: object, msg: string) => void }): Mailer {
  const smtp = config.smtp;
  const transporter: Transporter | null = smtp
    ? nodemailer.createTransport({
        host: smtp.host,
        port: smtp.port,
        secure: smtp.secure,
        auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
        ignoreTLS: !smtp.secure && (smtp.host === '127.0.0.1' || smtp.host === 'localhost'),
      })
    : null;
  return {
    transport: transporter ? 'smtp' : 'outbox',
    async send(db, email) {
      let sentAt: Date | null = null;
      if (transporter && smtp) {
        await transporter.sendMail({
          from: smtp.from,
          to: email.to,
          subject: email.subject,
          text: email.text,
        });
        sentAt = new Date();
      } else if (email.confidential) {
        log.info({}, 'dev outbox: a confidential email was held back (in-app only)');
      } else {
        log.info({ to: email.to, subject: email.subject }, `dev outbox: email stored\n${email.text}`);
      }
      const hidden = email.confidential ? '[confidential]' : null;
      await db.insert(outboundEmails).values({
        organizationId: email.organizationId,
        toAddress: hidden ?? email.to,
        subject: hidden ?? email.subject,
        textBody: hidden ?? (transporter ? redact(email.text, email.secrets ?? []) : email.text),
        transport: transporter ? 'smtp' : 'outbox',
        sentAt,
      });
    },
  };
}

function redact(text: string, secrets: string[]) {
  return secrets.reduce((result, secret) => result.replaceAll(secret, '[redacted]'), text);
}
