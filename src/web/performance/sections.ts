import type { Me } from '../../contracts/auth';
import { hasRole } from '../app/session';

export type PerformanceSectionKey =
  | 'overview'
  | 'goals'
  | 'oneOnOnes'
  | 'feedback'
  | 'reviews'
  | 'kpis'
  | 'calibration'
  | 'pay'
  | 'payAdmin'
  | 'compCycles'
  | 'compPlanning'
  | 'improvementPlans'
  | 'cycles'
  | 'reviewTemplates'
  | 'goalTemplates';

export interface PerformanceSection {
  key: PerformanceSectionKey;
  to:
    | '/performance'
    | '/performance/goals'
    | '/performance/one-on-ones'
    | '/performance/feedback'
    | '/performance/reviews'
    | '/performance/kpis'
    | '/performance/calibration'
    | '/performance/pay'
    | '/performance/pay-admin'
    | '/performance/comp-cycles'
    | '/performance/comp-planning'
    | '/performance/improvement-plans'
    | '/performance/cycles'
    | '/performance/review-templates'
    | '/performance/goal-templates';
  exact?: boolean;
}

/**
 * The parts of the performance area a person can use: everyone with a person record has goals,
 * 1:1s, feedback, reviews and their own pay; HR runs cycles, templates, calibration and pay data
 * (bands, imports); approvers calibrate and decide pay proposals.
 * The server still checks every call — this only hides links that would lead to a 404.
 */
export function performanceSectionsFor(me: Me): PerformanceSection[] {
  const hr = hasRole(me, 'hr_admin');
  const approver = hasRole(me, 'approver');
  const sections: PerformanceSection[] = [
    { key: 'overview', to: '/performance', exact: true },
    { key: 'goals', to: '/performance/goals' },
    { key: 'oneOnOnes', to: '/performance/one-on-ones' },
    { key: 'feedback', to: '/performance/feedback' },
    { key: 'reviews', to: '/performance/reviews' },
    { key: 'kpis', to: '/performance/kpis' },
    { key: 'pay', to: '/performance/pay' },
  ];
  if (hr || approver) sections.push({ key: 'calibration', to: '/performance/calibration' });
  // Improvement plans are run by HR and managers; an employee opens their own from its notification.
  if (hr || me.isManager) sections.push({ key: 'improvementPlans', to: '/performance/improvement-plans' });
  // Pay planning is by the launch snapshot, not today's reports: a manager sees the link even in a
  // season without a cycle, and the page says so (one short list request rather than a guess here).
  // The approval team reaches each cycle's approver queue from the same list.
  if (hr || approver || me.isManager)
    sections.push({ key: 'compPlanning', to: '/performance/comp-planning' });
  if (hr) {
    sections.push(
      { key: 'cycles', to: '/performance/cycles' },
      { key: 'reviewTemplates', to: '/performance/review-templates' },
      { key: 'goalTemplates', to: '/performance/goal-templates' },
      { key: 'payAdmin', to: '/performance/pay-admin' },
      { key: 'compCycles', to: '/performance/comp-cycles' },
    );
  }
  return sections;
}
