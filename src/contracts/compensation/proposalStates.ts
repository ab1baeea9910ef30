/** A proposal is drafted by a manager (or HR) and submitted into the budget; approval comes later. */
export const proposalStates = ['draft', 'submitted'] as const;
export type ProposalState = (typeof proposalStates)[number];

/** Which merit figure the proposer typed: the other one is derived from it exactly by the core. */
export const meritInputs = ['percent', 'amount'] as const;
export type MeritInput = (typeof meritInputs)[number];

/** Where a proposal's resulting base falls against its band (the new band for a promotion). */
export const bandFlags = ['below_min', 'within', 'above_max'] as const;
