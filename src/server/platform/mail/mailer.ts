import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config';
import type { DataClass } from '../dataClasses/registry';
import type { Db } from '../db/client';
import { type AccountEmailKind, accountEmailKinds, type EmailKind } from './kinds';
import { outboundEmails } from './tables';

interface Envelope {
  organizationId: string;
  to: string;
  subject: string;
}

/** A message with nothing secret in it, classified by what its text tells (notifications/kinds.ts). */
export interface PlainEmail extends Envelope {
  kind: Exclude<EmailKind, AccountEmailKind>;
  dataClass: DataClass;
  text: string;
}

/**
 * A message carrying a one-time link (invitation, password reset). The link travels apart from
 * the text: `text(link)` composes the two, and the mailer passes the real link only when it writes
 * the message to the SMTP wire. The stored copy and the log are composed around a placeholder, so
 * no caller can forget to redact (SPEC S2, guide practice 14).
 */
export interface SecretEmail extends Envelope {
  kind: AccountEmailKind;
  oneTimeLink: string;
  text: (link: string) => string;
}

export type Email = PlainEmail | SecretEmail;

export interface Mailer {
  send(db: Db, email: Email): Promise<void>;
  readonly transport: 'smtp' | 'outbox';
}

/** What a stored copy or a log line shows where a one-time link was. */
export const LINK_WITHHELD = '[one-time link withheld: it went to the recipient only]';

/**
 * A safety net under the SecretEmail shape: a `token=` query value in any link is replaced, in
 * case a secret ever reaches a plain text.
 */
const tokenInUrl = /([?&](?:token|code|key|secret)=)[^\s&#"'<>]+/gi;

export const dataClassOfEmail = (email: Email): DataClass =>
  'oneTimeLink' in email ? accountEmailKinds[email.kind] : email.dataClass;

/**
 * The copy of a message that may be kept or logged: never a one-time link, and for anonymous and
 * confidential mail (360 invitations, SPEC S1.3) not even the address, subject or text.
 */
export function storedCopyOf(email: Email): {
  to: string | null;
  subject: string | null;
  text: string | null;
} {
  const dataClass = dataClassOfEmail(email);
  if (dataClass === 'anonymous' || dataClass === 'confidential')
    return { to: null, subject: null, text: null };
  const scrub = (value: string) =>
    ('oneTimeLink' in email ? value.replaceAll(email.oneTimeLink, LINK_WITHHELD) : value).replace(
      tokenInUrl,
      '$1[withheld]',
    );
  const text = 'oneTimeLink' in email ? email.text(LINK_WITHHELD) : email.text;
  return { to: email.to, subject: scrub(email.subject), text: scrub(text) };
}

/**
 * Sends through SMTP when configured. Without SMTP nothing is delivered: the message is recorded
 * (redacted like every stored copy) and the log says so without its content. One-time links then
 * reach their recipient only through the operator's console (`trellis issue-link`). Either way a
 * row in `outbound_emails` records the kind, data class and delivery of what was sent.
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
      const dataClass = dataClassOfEmail(email);
      let sentAt: Date | null = null;
      if (transporter && smtp) {
        await transporter.sendMail({
          from: smtp.from,
          to: email.to,
          subject: email.subject,
          text: 'oneTimeLink' in email ? email.text(email.oneTimeLink) : email.text,
        });
        sentAt = new Date();
      } else {
        // Metadata only: a log line never carries an address, a subject, a text or a link.
        log.info(
          { kind: email.kind, dataClass },
          'oneTimeLink' in email
            ? 'email not delivered (no SMTP_HOST): the operator can issue this link with `npm run trellis -- issue-link`'
            : 'email not delivered (no SMTP_HOST): recorded in the outbox',
        );
      }
      const stored = storedCopyOf(email);
      await db.insert(outboundEmails).values({
        organizationId: email.organizationId,
        kind: email.kind,
        dataClass,
        toAddress: stored.to,
        subject: stored.subject,
        textBody: stored.text,
        transport: transporter ? 'smtp' : 'outbox',
        sentAt,
      });
    },
  };
}
