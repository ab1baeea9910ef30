import { sql } from 'drizzle-orm';
import { integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { letterLanguages } from '../../../../contracts/compensation/letters';
import { organizations } from '../../../org/tables';
import { accounts } from '../../../platform/auth/tables';

/**
 * An organisation's pay-letter template in one language (issue 12 item 7): a title and a plain-text
 * body with `{{merge fields}}`. Class `system`: an organisation rule that names no person and holds
 * no pay — the figures are merged in only when a letter is rendered. Without a row the built-in
 * default of that language applies (`template.ts`).
 */
export const compLetterTemplates = pgTable(
  'comp_letter_templates',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    language: text('language', { enum: letterLanguages }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedByAccountId: uuid('updated_by_account_id').references(() => accounts.id, {
      onDelete: 'set null',
    }),
  },
  (t) => [uniqueIndex('comp_letter_templates_org_language_uq').on(t.organizationId, t.language)],
);
export type LetterTemplateRow = typeof compLetterTemplates.$inferSelect;
