/**
 * A proposal is drafted by a manager (or HR), submitted into the budget, then approved up the
 * snapshot chain and by the approval team or HR; an approver may send it back ('returned', with a
 * reason) for the planner to change and submit again.
 */
export const proposalStates = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ProposalState = (typeof proposalStates)[number];

/** Which merit figure the proposer typed: the other one is derived from it exactly by the core. */
export const meritInputs = ['percent', 'amount'] as const;
export type MeritInput = (typeof meritInputs)[number];

/** Where a proposal's resulting base falls against its band (the new band for a promotion). */
export const bandFlags = ['below_min', 'within', 'above_max'] as const;

/** What happened to a proposal on its way to approval; each one keeps the figures before and after. */
export const proposalEventKinds = ['submitted', 'adjusted', 'approved', 'sent_back'] as const;
export type ProposalEventKind = (typeof proposalEventKinds)[number];
