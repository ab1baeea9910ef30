import { aspirationsEraser } from './growth/aspirations/erasure';
import { coachingEraser } from './growth/coaching/erasure';
import { conversationsEraser } from './growth/conversations/erasure';
import { feedback360Eraser } from './growth/feedback360/erasure';
import { learningEraser } from './growth/learning/erasure';
import { mentoringEraser } from './growth/mentoring/erasure';
import { careerPathEraser } from './growth/paths/erasure';
import { plansEraser } from './growth/plans/erasure';
import { offersEraser } from './growth/plans/offers/erasure';
import { successionEraser } from './growth/succession/erasure';
import { surveysEraser } from './growth/surveys/erasure';
import { talentEraser } from './growth/talent/erasure';
import { profileEraser } from './org/erasure';
import { calibrationEraser } from './performance/calibration/erasure';
import { compCyclesEraser } from './performance/compensation/cycles/erasure';
import { payLettersEraser } from './performance/compensation/letters/erasure';
import { payDataEraser } from './performance/compensation/payData/erasure';
import { compProposalsEraser } from './performance/compensation/proposals/erasure';
import { feedbackEraser } from './performance/feedback/erasure';
import { goalsEraser } from './performance/goals/erasure';
import { improvementPlansEraser } from './performance/improvementPlans/erasure';
import { oneOnOnesEraser } from './performance/oneOnOnes/erasure';
import { reviewsEraser } from './performance/reviews/erasure';
import { accessLogEraser } from './platform/audit/erasure';
import { authEraser } from './platform/auth/erasure';
import type { PersonalDataEraser } from './platform/erasure/types';
import { jobsEraser } from './platform/jobs/erasure';
import { mailEraser } from './platform/mail/erasure';
import { notificationsEraser } from './platform/notifications/erasure';

/**
 * Every domain's part of erasing a person (SPEC S2 "Data rights"), composed here like the
 * exporters (`personalDataExporters.ts`): each domain keeps its eraser beside its tables, so
 * performance and growth code never import each other and the platform imports no domain. A table
 * that stores data about a person needs a step here — `erasure.test.ts` lists every foreign key to
 * `people` and `accounts` in the database and fails on one no eraser covers.
 *
 * Order matters where a step's rows hang off another's: calibration before reviews (a deleted
 * review would take its moves uncounted), the profile last (the others find records through it).
 */
export const personalDataErasers: readonly PersonalDataEraser[] = [
  goalsEraser,
  oneOnOnesEraser,
  feedbackEraser,
  calibrationEraser,
  reviewsEraser,
  payDataEraser,
  compCyclesEraser,
  compProposalsEraser,
  payLettersEraser,
  improvementPlansEraser,
  aspirationsEraser,
  conversationsEraser,
  careerPathEraser,
  plansEraser,
  offersEraser,
  talentEraser,
  learningEraser,
  feedback360Eraser,
  mentoringEraser,
  coachingEraser,
  successionEraser,
  surveysEraser,
  notificationsEraser,
  mailEraser,
  jobsEraser,
  accessLogEraser,
  authEraser,
  profileEraser,
];
