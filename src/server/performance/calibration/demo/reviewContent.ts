import type { SeededRandom } from '../../../org/seed/random';
import type { WorkFamily } from '../../../seed/demoContext';
import type { FormKind, TemplateContent } from '../../reviews/tables';

/** The demo's review template and the sentences its generated answers are assembled from. */

export const demoRatingLabels = ['Not there yet', 'Partly there', 'Solid', 'Strong', 'Outstanding'];

export const demoTemplateContent: TemplateContent = {
  ratingScale: { labels: demoRatingLabels },
  sections: [
    {
      id: 'results',
      title: 'Results',
      description: 'What the period delivered, measured against the goals agreed at its start.',
      questions: [
        {
          id: 'goals',
          kind: 'goals',
          prompt: 'Goals of the period and where they ended up',
          audience: 'both',
        },
        {
          id: 'results_rating',
          kind: 'rating',
          prompt: 'How fully were the period’s results delivered?',
          audience: 'manager',
          weight: 40,
          required: true,
        },
      ],
    },
    {
      id: 'how',
      title: 'How the work got done',
      description: 'Rate each behaviour from what you saw during the period, not from reputation.',
      questions: [
        {
          id: 'collaboration',
          kind: 'competency',
          competency: 'Collaboration',
          prompt: 'Works with others toward shared outcomes',
          audience: 'both',
          weight: 20,
        },
        {
          id: 'ownership',
          kind: 'competency',
          competency: 'Ownership',
          prompt: 'Takes problems through to a finish',
          audience: 'both',
          weight: 20,
        },
        {
          id: 'craft',
          kind: 'competency',
          competency: 'Craft and quality',
          prompt: 'Work holds up without rework',
          audience: 'both',
          weight: 20,
        },
      ],
    },
    {
      id: 'reflection',
      title: 'Looking back',
      questions: [
        {
          id: 'proudest',
          kind: 'text',
          prompt: 'Which piece of work from this period are you proudest of, and why?',
          audience: 'self',
          required: true,
        },
        {
          id: 'obstacles',
          kind: 'text',
          prompt: 'What slowed you down, and what would have helped?',
          audience: 'self',
        },
        {
          id: 'summary',
          kind: 'text',
          prompt: 'Summary: the strengths you saw and the one thing to focus on next',
          audience: 'manager',
          required: true,
        },
      ],
    },
  ],
};

/** What a person is proudest of, by the field they work in. */
export const proudestByFamily: Record<WorkFamily, string[]> = {
  engineering: [
    'Getting the billing migration over the line without a single customer-facing incident.',
    'Cutting the build time in half so the whole team gets feedback on a change within minutes.',
    'Replacing the hand-run deploy steps with a pipeline nobody has to babysit.',
    'Tracking down the memory leak that had been restarting the search service every night.',
  ],
  product: [
    'Running the design review that settled a question we had argued about for months.',
    'Interviewing twenty customers before we built anything, which changed what we built.',
    'Shipping the new onboarding flow: activation in the first week went up noticeably.',
    'Turning the scattered component styles into one library the engineers actually use.',
  ],
  commercial: [
    'Closing the renewal with our largest account after two difficult rounds of negotiation.',
    'Pairing with support to cut the backlog of old tickets by more than half.',
    'Building the partner campaign that brought in a third of the quarter’s new leads.',
    'Turning an unhappy customer into a reference account within one quarter.',
  ],
  people: [
    'Rewriting the onboarding checklist so new joiners ship something in their first week.',
    'Running the first manager training cohort and keeping every participant to the end.',
    'Filling three hard-to-hire roles without an agency.',
  ],
  business: [
    'Turning a messy quarterly report into a dashboard the whole team now reads on Mondays.',
    'Closing the books two days faster without adding a single manual step.',
    'Renegotiating our largest supplier contract with clearer terms and a lower price.',
    'Writing the contract templates that let sales close small deals without waiting for us.',
  ],
};
const obstacles: Record<WorkFamily, string[]> = {
  engineering: [
    'Our test environment was unreliable, which made every release slower than needed.',
    'Waiting on access and approvals from other teams ate into several sprints.',
    'Priorities shifted twice mid-quarter; a clearer decision owner would have saved weeks.',
  ],
  product: [
    'Priorities shifted twice mid-quarter; a clearer decision owner would have saved weeks.',
    'Research findings arrived after the design was settled; earlier access to customers would help.',
    'I took on too much at once in spring and should have said no earlier.',
  ],
  commercial: [
    'Pricing approvals took days each time; a clear discount policy would have closed deals sooner.',
    'The CRM data was out of date, so I spent Fridays cleaning it instead of calling customers.',
    'I took on too much at once in spring and should have said no earlier.',
  ],
  people: [
    'Hiring managers changed role requirements mid-search, which restarted two processes.',
    'Our HR tooling needs a lot of manual copying between systems.',
    'I took on too much at once in spring and should have said no earlier.',
  ],
  business: [
    'Month-end depended on spreadsheets from five teams arriving on time, and they often did not.',
    'Waiting on access and approvals from other teams ate into several weeks.',
    'I took on too much at once in spring and should have said no earlier.',
  ],
};
const strengths = [
  'dependable delivery under deadline pressure',
  'clear written communication that others reuse',
  'patience and care when helping colleagues',
  'sound judgement on trade-offs between speed and quality',
  'steady ownership of work nobody else wanted',
];
const focus = [
  'delegating more instead of fixing everything personally',
  'raising risks earlier, before they become surprises',
  'sharing work in progress sooner to get feedback while it is cheap',
  'shaping the team’s plan, not only executing it',
];
const goalNotes = [
  'Two of three goals met; the third moved to next period by agreement.',
  'All goals met, one well ahead of schedule.',
  'Main goal met late after a dependency slipped.',
];

/** Text answers of one form, in the voice of its author, about work in the reviewed person's field. */
export function textAnswers(
  kind: FormKind,
  random: SeededRandom,
  family: WorkFamily = 'business',
): Record<string, string> {
  if (kind === 'self') {
    return {
      proudest: random.pick(proudestByFamily[family]),
      obstacles: random.pick(obstacles[family]),
      goals: random.pick(goalNotes),
    };
  }
  return {
    summary: `Strengths this period: ${random.pick(strengths)}. Next focus: ${random.pick(focus)}.`,
    goals: random.pick(goalNotes),
  };
}

/** Ratings close to an anchor (the person's "true" level), as a manager or the person would give them. */
export function ratingNear(anchor: number, random: SeededRandom): number {
  const shift = random.weighted([
    [-1, 2],
    [0, 6],
    [1, 2],
  ] as const);
  return Math.min(5, Math.max(1, anchor + shift));
}

export const proposedRatingWeights = [
  [1, 3],
  [2, 12],
  [3, 48],
  [4, 28],
  [5, 9],
] as const;

export const moveRationales = [
  'Delivered the same scope as peers rated Solid; the stretch goal slipped to next period.',
  'Carried the incident rotation alone for two months; the impact is larger than the proposal shows.',
  'Compared with the rest of the level, results were strong but not outstanding this period.',
  'Key project landed late and needed rework from another team; Partly there is fairer.',
  'Took over a failing launch mid-period and rescued it; the panel agreed on one step up.',
];

export const acknowledgmentComments = [
  'Thank you — fair summary, and I agree on the focus for next period.',
  'I see it a little differently on the spring project, but I accept the rating.',
  'Helpful conversation. Let’s revisit the delegation point in our next 1:1.',
];
