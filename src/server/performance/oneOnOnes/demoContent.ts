/** Words for the demo 1:1s: varied enough that six weeks of meetings read like real ones. */
export const demoNowTopics = [
  'Sprint review: what slipped and why',
  'Release checklist for the billing migration',
  'On-call load over the last two weeks',
  'Feedback on the search indexing design doc',
  'Progress on the API latency key result',
  'Blocked on the data team’s schema change',
  'Code review turnaround in the team',
  'Follow-up from the cache outage',
  'Priorities for the next sprint',
  'Interview loop: how the candidates did',
  'Customer escalation from Lisbon office',
  'Estimating the reporting rewrite',
] as const;

export const demoNextTopics = [
  'Leading a small project end to end',
  'Proposal for a talk at the internal tech day',
  'Pairing with a staff engineer on architecture',
  'Distributed systems course: worth it?',
  'Mentoring the next new joiner',
  'What a senior engineer role would look like',
] as const;

export const demoActions = [
  'Write the post-incident summary',
  'Share the draft roadmap with the team',
  'Book a pairing session on the ingestion service',
  'Update the deploy runbook',
  'Send interview feedback to the recruiter',
  'Review the on-call rota for December',
  'Split the migration ticket into smaller pieces',
  'Ask the data team for a timeline',
] as const;

export const demoSharedNotes = [
  'Agreed to ship the migration behind a flag first. Rollback plan lives in the runbook.',
  'On-call was heavy; we will move one rotation to the platform team next month.',
  'Design doc is close. Two open questions on index size go to the architecture review.',
  'Latency key result is on track; the cache change bought us 40 ms at p95.',
  'Next sprint: finish the reporting spike before picking up new work.',
  'Good week overall. Celebrated the release in the team channel.',
] as const;

/** What each side keeps to themselves; these never leave the author's own view. */
export const demoPrivateNotes = {
  manager: [
    'Seems stretched by on-call. Watch the hours, offer to swap a shift.',
    'Strong ownership on the migration. Mention it in the next review cycle.',
    'Ask how the move to the platform team feels after a month.',
    'Was quieter than usual. Check in informally later this week.',
    'Good instincts on scoping. Give them the next design doc to lead.',
    'Remember to follow up on the conference budget.',
  ],
  report: [
    'Bring up the senior engineer path more directly next time.',
    'I felt rushed on the estimate. Ask for a spike first.',
    'Want more architecture work. Ask about pairing with the staff engineer.',
    'Mention the tooling pain before it becomes a bigger thing.',
    'Happy with how the release went. Ask for feedback on my incident write-up.',
    'Ask whether the tech day talk can count towards my goals.',
  ],
} as const;
