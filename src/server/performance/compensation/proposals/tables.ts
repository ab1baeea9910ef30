import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  bandFlags,
  meritInputs,
  proposalEventKinds,
  proposalStates,
} from '../../../../contracts/compensation/proposalStates';
import { levels, organizations, people } from '../../../org/tables';
import { compCycleParticipants, compCycles } from '../cycles/tables';
import { compBands } from '../payData/tables';

/**
 * A manager's pay proposal for one participant of a cycle (issue 12 items 4–5), class
 * `compensation`; at most one per participant. Amounts are integer minor units of the
 * participant's pay currency (as snapshotted at launch). The merit increase is kept both as a
 * percent and as the resulting base, whichever the proposer typed (`merit_input`) being the
 * source and the other derived exactly by the core, so a grid can show either without
 * recomputing. The flags are the core's checks at the last save, stored so lists and approvers
 * read them without recomputation. Each pool spends its own figure: merit the merit increase,
 * promotion the step from the merit base to the promotion base, market and bonus their amounts.
 */
export const compProposals = pgTable(
  'comp_proposals',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => compCycles.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => compCycleParticipants.id, { onDelete: 'cascade' }),
    meritInput: text('merit_input', { enum: meritInputs }),
    /** Exact to 4 places when typed; derived from an amount, rounded half to even to 4 places. */
    meritPct: numeric('merit_pct', { precision: 12, scale: 4 }),
    meritNewBaseMinor: bigint('merit_new_base_minor', { mode: 'number' }),
    bonusMinor: bigint('bonus_minor', { mode: 'number' }),
    marketMinor: bigint('market_minor', { mode: 'number' }),
    promotionLevelId: uuid('promotion_level_id').references(() => levels.id),
    promotionBandId: uuid('promotion_band_id').references(() => compBands.id),
    promotionNewBaseMinor: bigint('promotion_new_base_minor', { mode: 'number' }),
    justification: text('justification'),
    outsideGuideline: boolean('outside_guideline').notNull().default(false),
    promotionBelowGuideline: boolean('promotion_below_guideline').notNull().default(false),
    bandFlag: text('band_flag', { enum: bandFlags }),
    state: text('state', { enum: proposalStates }).notNull().default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /**
     * Approval (item 6): how many chain approvers have approved since the last submission, and whose
     * turn it is — a manager above the proposer in the launch snapshot, or null once the chain (to
     * the cycle's approval depth) is done and the approval team or HR decide. Set on submit and on
     * each chain approval, so a queue is one indexed read. `approval_chain` is the list of chain
     * approvers fixed at submission (policy `chainApprovers`).
     */
    approvalChain: uuid('approval_chain').array().notNull().default(sql`'{}'::uuid[]`),
    approvalStep: integer('approval_step').notNull().default(0),
    awaitingPersonId: uuid('awaiting_person_id').references(() => people.id, { onDelete: 'set null' }),
    returnedReason: text('returned_reason'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedByAccountId: uuid('approved_by_account_id'),
    /** Logins, no foreign keys (as the audit trail's actor); cleared by an erasure. */
    submittedByAccountId: uuid('submitted_by_account_id'),
    updatedByAccountId: uuid('updated_by_account_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('comp_proposals_participant_uq').on(t.participantId),
    index('comp_proposals_cycle_idx').on(t.cycleId, t.state),
    check(
      'comp_proposals_merit_pair',
      sql`(${t.meritInput} IS NULL) = (${t.meritPct} IS NULL) AND (${t.meritPct} IS NULL) = (${t.meritNewBaseMinor} IS NULL)`,
    ),
    check(
      'comp_proposals_promotion_whole',
      sql`(${t.promotionBandId} IS NULL) = (${t.promotionNewBaseMinor} IS NULL) AND (${t.promotionBandId} IS NULL) = (${t.promotionLevelId} IS NULL)`,
    ),
    check(
      'comp_proposals_amounts',
      sql`coalesce(${t.bonusMinor}, 0) >= 0 AND coalesce(${t.marketMinor}, 0) >= 0 AND coalesce(${t.promotionNewBaseMinor}, 1) > 0`,
    ),
    check('comp_proposals_submitted', sql`${t.state} <> 'submitted' OR ${t.submittedAt} IS NOT NULL`),
    check('comp_proposals_approved', sql`${t.state} <> 'approved' OR ${t.approvedAt} IS NOT NULL`),
    index('comp_proposals_awaiting_idx')
      .on(t.cycleId, t.awaitingPersonId)
      .where(sql`${t.state} = 'submitted'`),
  ],
);

/**
 * The approval history of a proposal (item 6), class `compensation`: each submission, adjustment
 * (with the approver's note), approval and send-back (with the reason), with the figures before and
 * after. Shown to the next approvers and HR; the audit trail records the same event for the chain.
 */
export const compProposalEvents = pgTable(
  'comp_proposal_events',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => compProposals.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: proposalEventKinds }).notNull(),
    /** Who acted: the login (no foreign key, as the audit trail) and the person, for the name shown. */
    actorAccountId: uuid('actor_account_id'),
    actorPersonId: uuid('actor_person_id').references(() => people.id, { onDelete: 'set null' }),
    note: text('note'),
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // No CHECK ties the note to the kind (the contract requires it): the leak scan plants only
  // columns no constraint shapes, and the note is the text that must never leave its class.
  (t) => [index('comp_proposal_events_proposal_idx').on(t.proposalId, t.createdAt)],
);
