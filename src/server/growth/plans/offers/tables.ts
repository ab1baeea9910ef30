import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, people } from '../../../org/tables';

export const offerKinds = ['programme', 'mentor', 'stretch_assignment'] as const;
export const offerStates = ['open', 'accepted', 'declined'] as const;

/**
 * A development opportunity offered to a person (SPEC S4.9: high-potential pools feed personalised
 * development). Class `development`: it is the employee's, written for them, and carries no talent
 * label. `source_session_id` says which talent review it came from; the person sees that review's
 * label only when the organisation turns talent transparency on. Accepting makes it a plan action.
 */
export const developmentOffers = pgTable(
  'development_offers',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    sourceSessionId: uuid('source_session_id'),
    kind: text('kind', { enum: offerKinds }).notNull(),
    title: text('title').notNull(),
    offerText: text('offer_text').notNull(),
    state: text('state', { enum: offerStates }).notNull().default('open'),
    offeredBy: uuid('offered_by').references(() => people.id, { onDelete: 'set null' }),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    planActionId: uuid('plan_action_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('development_offers_person_idx').on(t.organizationId, t.personId, t.createdAt)],
);
