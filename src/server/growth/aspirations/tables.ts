import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, people } from '../../org/tables';

export const aspirationKinds = ['target_role', 'motivator', 'value', 'skill', 'mobility'] as const;
export const aspirationHorizons = ['one_year', 'two_three_years', 'long_term'] as const;

/**
 * One thing a person wants from their career (SPEC S4.2), owned by that person. Class
 * `development`: the owner reads and edits it; their direct manager reads it only while it is
 * shared; nobody else reads it at all (SPEC S1.4).
 */
export const aspirations = pgTable(
  'aspirations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: aspirationKinds }).notNull(),
    /** Null where a horizon means nothing (a value is not "for two years"). */
    horizon: text('horizon', { enum: aspirationHorizons }),
    aspirationText: text('aspiration_text').notNull(),
    sharedWithManager: boolean('shared_with_manager').notNull().default(false),
    sharedAt: timestamp('shared_at', { withTimezone: true }),
    /** Shared for talent reviews: only these items appear on the owner's talent person card. */
    sharedWithTalentReview: boolean('shared_with_talent_review').notNull().default(false),
    /** The career conversation whose outcome created or last changed it, if any. */
    conversationId: uuid('conversation_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('aspirations_owner_idx').on(t.organizationId, t.ownerId, t.createdAt)],
);
