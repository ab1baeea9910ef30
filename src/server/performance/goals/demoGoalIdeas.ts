import type { WorkFamily } from '../../seed/demoContext';
import type { KeyResultKind } from './tables';

/**
 * What the demo's department and personal goals are about, per work family (seed/demoContext.ts):
 * a goal is picked from its owner's field, so no engineer grows sales accounts and no recruiter
 * cuts deploy lead time (issue 11, item 17).
 */

export type KrIdea = readonly [
  title: string,
  kind: KeyResultKind,
  start: number,
  target: number,
  currency?: string,
];
export interface GoalIdea {
  title: string;
  krs: readonly KrIdea[];
}

/** Key results of each department's quarterly goal, by the department's field. */
export const departmentKeyResults: Record<WorkFamily, readonly KrIdea[]> = {
  engineering: [
    ['Deployments per week', 'number', 12, 25],
    ['Incidents with customer impact', 'number', 9, 3],
  ],
  product: [
    ['Features shipped with user research behind them', 'percent', 40, 75],
    ['Usability issues closed', 'number', 0, 30],
  ],
  commercial: [
    ['Qualified pipeline', 'currency', 1_500_000, 2_400_000, 'EUR'],
    ['Customers renewing on time', 'percent', 82, 92],
  ],
  people: [
    ['Open roles filled', 'number', 0, 12],
    ['Onboarding survey score', 'number', 72, 85],
  ],
  business: [
    ['Internal requests answered within two days', 'percent', 55, 85],
    ['Process playbook adopted', 'boolean', 0, 1],
  ],
};

/**
 * Which company goal (by position in the company list: revenue, customers, workplace) a
 * department's goal serves, by the department's field.
 */
export const companyGoalOfFamily: Record<WorkFamily, number> = {
  engineering: 1,
  product: 1,
  commercial: 0,
  people: 2,
  business: 0,
};

/** Goals anyone may set, whatever their field. */
const anyField: GoalIdea[] = [
  {
    title: 'Bring new colleagues up to speed faster',
    krs: [
      ['Onboarding buddies trained', 'number', 0, 8],
      ['Days until a new joiner works on their own', 'number', 15, 7],
    ],
  },
];

/**
 * Personal goals by the owner's field. Every field has at least three, so a person with several
 * goals (the demo employee has three) never gets the same one twice.
 */
export const personalGoalIdeas: Record<WorkFamily, readonly GoalIdea[]> = {
  engineering: [
    {
      title: 'Cut the time it takes to ship a change',
      krs: [
        ['Lead time (hours)', 'number', 48, 12],
        ['Flaky tests fixed', 'number', 0, 20],
      ],
    },
    {
      title: 'Raise the bar on code review',
      krs: [
        ['Median review wait (hours)', 'number', 20, 6],
        ['Review guide published', 'boolean', 0, 1],
      ],
    },
    {
      title: 'Make our technical documentation the first place people look',
      krs: [
        ['Pages rewritten', 'number', 0, 30],
        ['Search success rate', 'percent', 52, 75],
      ],
    },
    ...anyField,
  ],
  product: [
    {
      title: 'Own the quarterly customer research',
      krs: [
        ['Interviews held', 'number', 0, 12],
        ['Findings shared with the company', 'milestone', 0, 1],
      ],
    },
    {
      title: 'Move every screen onto the shared component library',
      krs: [
        ['Screens migrated', 'number', 0, 40],
        ['Accessibility review passed', 'boolean', 0, 1],
      ],
    },
    ...anyField,
  ],
  commercial: [
    {
      title: 'Grow the accounts I look after',
      krs: [
        ['Expansion revenue', 'currency', 0, 60_000, 'EUR'],
        ['Accounts with a success plan', 'percent', 30, 100],
      ],
    },
    {
      title: 'Build pipeline in the Nordic market',
      krs: [
        ['First meetings held', 'number', 0, 30],
        ['New qualified pipeline', 'currency', 0, 250_000, 'EUR'],
      ],
    },
    ...anyField,
  ],
  people: [
    {
      title: 'Make hiring faster without lowering the bar',
      krs: [
        ['Days from application to offer', 'number', 38, 25],
        ['Interviewers trained', 'number', 0, 15],
      ],
    },
    {
      title: 'Give every new manager a training path',
      krs: [
        ['Training sessions held', 'number', 0, 6],
        ['Manager handbook published', 'milestone', 0, 1],
      ],
    },
    ...anyField,
  ],
  business: [
    {
      title: 'Close the books faster',
      krs: [
        ['Working days to close the month', 'number', 8, 5],
        ['Manual journal entries per month', 'number', 120, 40],
      ],
    },
    {
      title: 'Give teams a self-serve view of their numbers',
      krs: [
        ['Dashboards published', 'number', 0, 8],
        ['Report requests answered by hand per month', 'number', 30, 5],
      ],
    },
    ...anyField,
  ],
};
