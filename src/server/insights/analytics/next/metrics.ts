import { bucket, type MetricDefinition, percent, shareColumn } from '../definition';
import { CONVERSATION_MONTHS } from './snapshot';

/**
 * The "Next" half of the catalogue: aggregated development figures of the people employed today,
 * by their department now. Coaching is logistics only (statuses, allowances, sessions held), never
 * a note. Each entry's fixture test is in `catalogue.test.ts`.
 *
 * Engagement and eNPS trends (issue 14 item 8) belong here too: they join this list when the surveys
 * work offers its read API of thresholded aggregates, as metrics `engagement_trend` and
 * `enps_trend` of class `anonymous`, read from that API rather than from these snapshots.
 */
export const nextMetrics: MetricDefinition[] = [
  {
    id: 'development_coverage',
    half: 'next',
    title: 'Development coverage',
    dataClass: 'development',
    formula: {
      text: `Who has an active development plan, and who had a career conversation in the last ${CONVERSATION_MONTHS} months.`,
      definition: `Active plan = people employed today who own a development plan in the state “active” ÷ people employed today; career conversation = people whose career conversation was completed in the last ${CONVERSATION_MONTHS} months ÷ people employed today.`,
    },
    grain: 'department × manager today',
    chart: 'bar',
    unit: 'percent',
    audience: 'managers',
    grainMetric: 'development_coverage',
    rowsBy: 'department',
    basis: 'snapshot',
    population: 'people',
    columns: () => [
      shareColumn('active_plan', 'Active development plan', 'active_plan', 'people'),
      shareColumn(
        'career_conversation',
        `Career conversation in the last ${CONVERSATION_MONTHS} months`,
        'career_conversation',
        'people',
      ),
    ],
  },
  {
    id: 'mentoring_participation',
    half: 'next',
    title: 'Mentoring participation',
    dataClass: 'development',
    formula: {
      text: 'Who is in a mentoring relationship now, as mentee or mentor.',
      definition:
        'Share of people employed today in a mentoring pair that was accepted and is not closed (accepted or active): as mentee, as mentor, and as either.',
    },
    grain: 'department × manager today',
    chart: 'bar',
    unit: 'percent',
    audience: 'managers',
    grainMetric: 'mentoring_participation',
    rowsBy: 'department',
    basis: 'snapshot',
    population: 'people',
    columns: () => [
      shareColumn('mentee', 'Mentee', 'mentee', 'people'),
      shareColumn('mentor', 'Mentor', 'mentor', 'people'),
      shareColumn('any', 'Mentee or mentor', 'any', 'people'),
    ],
  },
  {
    id: 'coaching_utilisation',
    half: 'next',
    title: 'Coaching utilisation',
    dataClass: 'development',
    formula: {
      text: 'How much of the coaching granted is used, and where engagements stand.',
      definition:
        'Utilisation = sessions held ÷ sessions allowed, over active and completed engagements; engagements counted by state (proposed = requested, chemistry or awaiting approval; ended = declined or cancelled). A group is the coachees employed today.',
    },
    grain: 'department × manager today',
    chart: 'bar',
    unit: 'percent',
    audience: 'managers',
    grainMetric: 'coaching_utilisation',
    rowsBy: 'department',
    basis: 'snapshot',
    population: 'coachees',
    columns: () => [
      {
        key: 'utilisation',
        label: 'Utilisation',
        translate: true,
        unit: 'percent',
        value: (sums) => percent(bucket(sums, 'sessions').total, bucket(sums, 'allowance').total),
      },
      {
        key: 'sessions_used',
        label: 'Sessions held',
        translate: true,
        unit: 'count',
        value: (sums) => bucket(sums, 'sessions').total,
      },
      {
        key: 'sessions_allowed',
        label: 'Sessions allowed',
        translate: true,
        unit: 'count',
        value: (sums) => bucket(sums, 'allowance').total,
      },
      {
        key: 'proposed',
        label: 'Proposed',
        translate: true,
        unit: 'count',
        value: (sums) =>
          bucket(sums, 'requested').total +
          bucket(sums, 'chemistry').total +
          bucket(sums, 'awaiting_approval').total,
      },
      {
        key: 'active',
        label: 'Active',
        translate: true,
        unit: 'count',
        value: (sums) => bucket(sums, 'active').total,
      },
      {
        key: 'completed',
        label: 'Completed',
        translate: true,
        unit: 'count',
        value: (sums) => bucket(sums, 'completed').total,
      },
      {
        key: 'ended',
        label: 'Declined or cancelled',
        translate: true,
        unit: 'count',
        value: (sums) => bucket(sums, 'declined').total + bucket(sums, 'cancelled').total,
      },
    ],
  },
];
