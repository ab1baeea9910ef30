import { sql } from 'drizzle-orm';
import { index, integer, pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../../../org/tables';
import { engagementSurveyRounds } from '../tables';

/**
 * A closed round's totals, for the whole round and for each manager's launch-day subtree (every
 * manager in a response's bucket chain): how many answered, the sum and count of their Likert
 * answers and their eNPS answers in three bands. Written once per round after it closes (a closed
 * round takes no more answers), so the engagement trend of the "Next" analytics reads a dozen rows
 * instead of every answer of a dozen rounds. Aggregates only — no response, person or time — and
 * they leave the module only through `engagementTrend`, which withholds every point under the
 * survey's threshold. Class `anonymous`.
 */
export const WHOLE_ROUND = '00000000-0000-0000-0000-000000000000';

export const engagementRoundRollups = pgTable(
  'engagement_round_rollups',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id')
      .notNull()
      .references(() => engagementSurveyRounds.id, { onDelete: 'cascade' }),
    /** The manager whose launch-day subtree this is; `WHOLE_ROUND` (the nil uuid) for everyone. */
    managerId: uuid('manager_id').notNull(),
    respondents: integer('respondents').notNull(),
    likertSum: integer('likert_sum').notNull(),
    likertAnswers: integer('likert_answers').notNull(),
    promoters: integer('promoters').notNull(),
    passives: integer('passives').notNull(),
    detractors: integer('detractors').notNull(),
  },
  (t) => [
    uniqueIndex('engagement_round_rollups_round_manager_uq').on(t.roundId, t.managerId),
    index('engagement_round_rollups_org_manager_idx').on(t.organizationId, t.managerId),
  ],
);
