/**
 * Words for the demo 1:1s: varied enough that six weeks of meetings read like real ones. Every demo
 * series is held inside the platform engineering team (demoSeed.ts picks only engineers), so the
 * topics are engineering ones; what differs is who meets whom, and the words follow that: a
 * manager with a report, a director with one of their managers, two teammates. A report's notes
 * speak of "the next level", never of a title, because reports of several levels use them.
 */
export type SeriesRelation = 'managerAndReport' | 'directorAndManager' | 'peers';

export interface OneOnOneContent {
  nowTopics: readonly string[];
  /** Development topics, raised by the attendee. */
  nextTopics: readonly string[];
  actions: readonly string[];
  sharedNotes: readonly string[];
  /** What each side keeps to themselves; these never leave the author's own view. */
  privateNotes: { organizer: readonly string[]; attendee: readonly string[] };
}

export const demoOneOnOneContent: Record<SeriesRelation, OneOnOneContent> = {
  managerAndReport: {
    nowTopics: [
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
    ],
    nextTopics: [
      'Leading a small project end to end',
      'Proposal for a talk at the internal tech day',
      'Pairing with a staff engineer on architecture',
      'Distributed systems course: worth it?',
      'Mentoring the next new joiner',
      'What the next level would look like for me',
    ],
    actions: [
      'Write the post-incident summary',
      'Share the draft roadmap with the team',
      'Book a pairing session on the ingestion service',
      'Update the deploy runbook',
      'Send interview feedback to the recruiter',
      'Review the on-call rota for December',
      'Split the migration ticket into smaller pieces',
      'Ask the data team for a timeline',
    ],
    sharedNotes: [
      'Agreed to ship the migration behind a flag first. Rollback plan lives in the runbook.',
      'On-call was heavy; we will move one rotation to the platform team next month.',
      'Design doc is close. Two open questions on index size go to the architecture review.',
      'Latency key result is on track; the cache change bought us 40 ms at p95.',
      'Next sprint: finish the reporting spike before picking up new work.',
      'Good week overall. Celebrated the release in the team channel.',
    ],
    privateNotes: {
      organizer: [
        'Seems stretched by on-call. Watch the hours, offer to swap a shift.',
        'Strong ownership on the migration. Mention it in the next review cycle.',
        'Ask how the move to the platform team feels after a month.',
        'Was quieter than usual. Check in informally later this week.',
        'Good instincts on scoping. Give them the next design doc to lead.',
        'Remember to follow up on the conference budget.',
      ],
      attendee: [
        'Bring up the path to the next level more directly next time.',
        'I felt rushed on the estimate. Ask for a spike first.',
        'Want more architecture work. Ask about pairing with the staff engineer.',
        'Mention the tooling pain before it becomes a bigger thing.',
        'Happy with how the release went. Ask for feedback on my incident write-up.',
        'Ask whether the tech day talk can count towards my goals.',
      ],
    },
  },
  directorAndManager: {
    nowTopics: [
      'Hiring plan for the platform team',
      'Headcount request for next year',
      'How the team is doing with on-call',
      'Platform roadmap after the re-plan',
      'Dependencies on the data platform team',
      'Preparing the team’s review cycle',
      'Results of the team engagement pulse',
    ],
    nextTopics: [
      'Taking on a second team next year',
      'What the senior manager role asks for',
      'Leadership course in the spring',
    ],
    actions: [
      'Draft the hiring plan with two scenarios',
      'Share the on-call proposal with the other engineering managers',
      'Send the team’s goals for next quarter',
      'Book a session with the people partner about the engagement results',
    ],
    sharedNotes: [
      'Agreed to open one senior role now and one in spring, depending on the budget.',
      'The team carries too much on-call; a shared rotation with infrastructure is worth a trial.',
      'The roadmap holds after the re-plan. The reporting rewrite moves to next quarter.',
    ],
    privateNotes: {
      organizer: [
        'Stretched between hiring and delivery. Offer help with the interview loop.',
        'Handled the re-plan calmly. Good sign for taking on a second team.',
        'Ask for the engagement results before the next meeting, not during it.',
      ],
      attendee: [
        'Ask for a clear answer on the headcount before planning the spring.',
        'Raise that the on-call load is hurting the team’s focus.',
        'Ask for feedback on how I ran the re-plan.',
      ],
    },
  },
  peers: {
    nowTopics: [
      'Pairing plan for the ingestion service',
      'Swapping on-call shifts over the holidays',
      'What we learned from the cache outage',
      'Code review: what each of us wants more of',
    ],
    nextTopics: ['A joint talk at the internal tech day', 'Learning each other’s part of the system'],
    actions: [
      'Book a pairing session on the ingestion service',
      'Write up our shared debugging notes in the wiki',
      'Swap the second holiday on-call shift',
    ],
    sharedNotes: [
      'Pairing on Thursday afternoons from now on; we take turns choosing the problem.',
      'Holiday on-call is settled. Outage notes go to the wiki this week.',
    ],
    privateNotes: {
      organizer: [
        'They know the ingestion service far better than I do. Ask more questions, sooner.',
        'Offer to review their design doc before it goes out.',
      ],
      attendee: [
        'Good to have someone to think aloud with. Keep the pairing going.',
        'Ask for help with the deploy pipeline before the next release.',
      ],
    },
  },
};
