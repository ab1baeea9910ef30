import { aspirationsExporter } from './growth/aspirations/export';
import { coachingExporter } from './growth/coaching/export';
import { conversationsExporter } from './growth/conversations/export';
import { feedback360Exporter } from './growth/feedback360/export';
import { learningExporter } from './growth/learning/export';
import { mentoringExporter } from './growth/mentoring/export';
import { careerPathExporter } from './growth/paths/export';
import { plansExporter } from './growth/plans/export';
import { offersExporter } from './growth/plans/offers/export';
import { successionExporter } from './growth/succession/export';
import { surveysExporter } from './growth/surveys/export';
import { talentExporter } from './growth/talent/export';
import { profileExporter } from './org/export';
import { calibrationExporter } from './performance/calibration/export';
import { compCyclesExporter } from './performance/compensation/cycles/export';
import { payDataExporter } from './performance/compensation/payData/export';
import { compProposalsExporter } from './performance/compensation/proposals/export';
import { feedbackExporter } from './performance/feedback/export';
import { goalsExporter } from './performance/goals/export';
import { improvementPlansExporter } from './performance/improvementPlans/export';
import { oneOnOnesExporter } from './performance/oneOnOnes/export';
import { reviewsExporter } from './performance/reviews/export';
import { accessLogExporter } from './platform/audit/export';
import type { PersonalDataExporter } from './platform/export/types';

/**
 * Every domain's part of a personal data export (SPEC S2 "Data rights"), composed here like
 * `routes.ts` composes routes: each domain keeps its exporter beside its own queries and policies,
 * so performance and growth code never import each other and the platform imports no domain.
 * A domain that stores records about a person adds its exporter here.
 */
export const personalDataExporters: readonly PersonalDataExporter[] = [
  profileExporter,
  goalsExporter,
  oneOnOnesExporter,
  feedbackExporter,
  reviewsExporter,
  calibrationExporter,
  payDataExporter,
  compCyclesExporter,
  compProposalsExporter,
  improvementPlansExporter,
  aspirationsExporter,
  conversationsExporter,
  careerPathExporter,
  plansExporter,
  offersExporter,
  talentExporter,
  learningExporter,
  feedback360Exporter,
  mentoringExporter,
  coachingExporter,
  successionExporter,
  accessLogExporter,
  surveysExporter,
];
