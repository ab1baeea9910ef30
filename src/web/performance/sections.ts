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
    | '/performance/cycles'
    | '/performance/review-templates'
    | '/performance/goal-templates';
  exact?: boolean;
}

/**
 * The parts of the performance area a person can use: everyone with a person record has goals,
 * 1:1s, feedback and reviews; HR runs cycles, templates and calibration; approvers calibrate.
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
  ];
  if (hr || approver) sections.push({ key: 'calibration', to: '/performance/calibration' });
  if (hr) {
    sections.push(
      { key: 'cycles', to: '/performance/cycles' },
      { key: 'reviewTemplates', to: '/performance/review-templates' },
      { key: 'goalTemplates', to: '/performance/goal-templates' },
    );
  }
  return sections;
}
