import type { SurveyDriver } from '../../../contracts/surveys';
import { surveyDrivers } from '../../../contracts/surveys';

/**
 * The starter items HR can pick from when setting up a pulse: two statements per driver, rated
 * 1 (strongly disagree) to 5 (strongly agree), one eNPS item and two open prompts. Written for
 * Trellis; HR edits or replaces them freely.
 */
const likert: Record<SurveyDriver, [string, string]> = {
  recognition: [
    'When I do good work, someone notices and says so.',
    'The credit for work in my team goes to the people who did it.',
  ],
  growth: [
    'I am learning things here that matter for the next step of my career.',
    'I can see a realistic way to grow in this organisation.',
  ],
  manager_support: [
    'My manager helps me when I am stuck.',
    'I get useful feedback from my manager often enough.',
  ],
  workload: [
    'My workload lets me do my job well without regularly working late.',
    'I can usually finish what I plan for a week.',
  ],
  belonging: ['I can be myself at work.', 'People in my team would stand up for me.'],
  alignment: [
    'I understand how my work contributes to what the organisation is trying to achieve.',
    'Our priorities are clear enough to decide what not to do.',
  ],
  autonomy: ['I have enough say in how I do my work.', 'I am trusted to make decisions in my area.'],
  wellbeing: [
    'I have the energy I need at the end of a normal week.',
    'I can take time off without worrying about my work.',
  ],
};

export const starterQuestionList = [
  ...surveyDrivers.flatMap((driver) =>
    likert[driver].map((prompt) => ({ kind: 'likert' as const, driver, prompt })),
  ),
  {
    kind: 'enps' as const,
    driver: null,
    prompt: 'How likely is it that you would recommend this organisation as a place to work to a friend?',
  },
  {
    kind: 'comment' as const,
    driver: null,
    prompt: 'What is one thing that would make work better for you?',
  },
  { kind: 'comment' as const, driver: null, prompt: 'Anything else you would like to tell us?' },
];
