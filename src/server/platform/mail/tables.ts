import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../../org/tables';
import { dataClasses } from '../dataClasses/registry';

/**
 * A record of every email Trellis sends: delivered by SMTP when configured, else only recorded.
 * The copy never holds a one-time link; anonymous and confidential mail keeps no address, subject
 * or text at all (null). `data_class` decides who may read the rest (see policy.ts).
 */
export const outboundEmails = pgTable(
  'outbound_emails',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** An EmailKind (mail/kinds.ts); rows from before kinds were recorded say `unknown`. */
    kind: text('kind').notNull(),
    dataClass: text('data_class', { enum: dataClasses }).notNull(),
    toAddress: text('to_address'),
    subject: text('subject'),
    textBody: text('text_body'),
    transport: text('transport', { enum: ['smtp', 'outbox'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('outbound_emails_org_idx').on(t.organizationId, t.createdAt)],
);
