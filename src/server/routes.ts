import { growthRouteModules } from './growth/routes';
import { analyticsRoutes } from './insights/analytics/routes';
import { homeTasksRoutes } from './insights/tasks/routes';
import { teamViewRoutes } from './insights/team/routes';
import { catalogueRoutes } from './org/catalogueRoutes';
import { erasureRoutes } from './org/erasure/routes';
import { importRoutes } from './org/import/routes';
import { orgChartRoutes } from './org/orgChartRoutes';
import { personalExportRoutes } from './org/personalExport/routes';
import { peopleRoutes } from './org/routes';
import { calibrationRoutes } from './performance/calibration/routes';
import { compCycleRoutes } from './performance/compensation/cycles/routes';
import { compEquityRoutes } from './performance/compensation/equity/routes';
import { payLetterRoutes } from './performance/compensation/letters/routes';
import { payImportRoutes } from './performance/compensation/payData/importRoutes';
import { payDataRoutes } from './performance/compensation/payData/routes';
import { compProposalExportRoutes } from './performance/compensation/proposals/exportRoutes';
import { compProposalRoutes } from './performance/compensation/proposals/routes';
import { compReleaseRoutes } from './performance/compensation/release/routes';
import { feedbackRoutes } from './performance/feedback/routes';
import { goalsRoutes } from './performance/goals/routes';
import { improvementPlansRoutes } from './performance/improvementPlans/routes';
import { oneOnOnesRoutes } from './performance/oneOnOnes/routes';
import { reviewsRoutes } from './performance/reviews/routes';
import { personalDataErasers } from './personalDataErasers';
import { personalDataExporters } from './personalDataExporters';
import { auditRoutes } from './platform/audit/routes';
import { authRoutes } from './platform/auth/routes';
import { backupRoutes } from './platform/backup/routes';
import type { RouteModule } from './platform/http/types';
import { jobsRoutes } from './platform/jobs/routes';
import { outboxRoutes } from './platform/mail/routes';
import { notificationsRoutes } from './platform/notifications/routes';
import { settingsRoutes } from './platform/settings/routes';

/** Every domain's routes. Adding a module here without authorization-matrix rows fails the matrix test. */
export const routeModules: RouteModule[] = [
  authRoutes,
  peopleRoutes,
  orgChartRoutes,
  catalogueRoutes,
  importRoutes,
  auditRoutes,
  jobsRoutes,
  backupRoutes,
  outboxRoutes,
  settingsRoutes,
  goalsRoutes,
  oneOnOnesRoutes,
  feedbackRoutes,
  reviewsRoutes,
  calibrationRoutes,
  payDataRoutes,
  payImportRoutes,
  compCycleRoutes,
  compProposalRoutes,
  compProposalExportRoutes,
  payLetterRoutes,
  compEquityRoutes,
  compReleaseRoutes,
  improvementPlansRoutes,
  notificationsRoutes,
  ...growthRouteModules,
  homeTasksRoutes,
  teamViewRoutes,
  analyticsRoutes,
  personalExportRoutes(personalDataExporters),
  erasureRoutes(personalDataErasers),
];
