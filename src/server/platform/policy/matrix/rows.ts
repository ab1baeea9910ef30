import { growthRows } from '../../../growth/matrixRows';
import { analyticsRows } from '../../../insights/analytics/matrixRows';
import { homeTasksRows } from '../../../insights/tasks/matrixRows';
import { teamViewRows } from '../../../insights/team/matrixRows';
import { erasureRows } from '../../../org/erasure/matrixRows';
import { personalExportRows } from '../../../org/personalExport/matrixRows';
import { calibrationRows } from '../../../performance/calibration/matrixRows';
import { compCycleRows } from '../../../performance/compensation/cycles/matrixRows';
import { compEquityRows } from '../../../performance/compensation/equity/matrixRows';
import { payLetterRows } from '../../../performance/compensation/letters/matrixRows';
import { payDataRows } from '../../../performance/compensation/payData/matrixRows';
import { compProposalRows } from '../../../performance/compensation/proposals/matrixRows';
import { compReleaseRows } from '../../../performance/compensation/release/matrixRows';
import { feedbackRows } from '../../../performance/feedback/matrixRows';
import { goalsRows } from '../../../performance/goals/matrixRows';
import { improvementPlansRows } from '../../../performance/improvementPlans/matrixRows';
import { oneOnOnesRows } from '../../../performance/oneOnOnes/matrixRows';
import { reviewsRows } from '../../../performance/reviews/matrixRows';
import { jobsRows } from '../../jobs/matrixRows';
import { notificationsRows } from '../../notifications/matrixRows';
import { orgRows } from './orgRows';
import { platformRows } from './platformRows';
import type { MatrixRow } from './types';

/** Every API route × role × relation. Each domain adds its rows file here. */
export const authorizationMatrix: MatrixRow[] = [
  ...platformRows,
  ...orgRows,
  ...goalsRows,
  ...oneOnOnesRows,
  ...feedbackRows,
  ...reviewsRows,
  ...calibrationRows,
  ...improvementPlansRows,
  ...payDataRows,
  ...compCycleRows,
  ...compProposalRows,
  ...payLetterRows,
  ...compReleaseRows,
  ...compEquityRows,
  ...notificationsRows,
  ...jobsRows,
  ...growthRows,
  ...homeTasksRows,
  ...teamViewRows,
  ...analyticsRows,
  ...personalExportRows,
  ...erasureRows,
];
