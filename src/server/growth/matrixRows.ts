import type { MatrixRow } from '../platform/policy/matrix/types';
import { aspirationsRows } from './aspirations/matrixRows';
import { coachingRows } from './coaching/matrixRows';
import { conversationsRows } from './conversations/matrixRows';
import { feedback360Rows } from './feedback360/matrixRows';
import { learningRows } from './learning/matrixRows';
import { mentoringRows } from './mentoring/matrixRows';
import { pathsRows } from './paths/matrixRows';
import { plansRows } from './plans/matrixRows';
import { offersRows } from './plans/offers/matrixRows';
import { successionRows } from './succession/matrixRows';
import { surveysRows } from './surveys/matrixRows';
import { talentRows } from './talent/matrixRows';

/** Authorization-matrix rows of every growth route. */
export const growthRows: MatrixRow[] = [
  ...aspirationsRows,
  ...conversationsRows,
  ...pathsRows,
  ...learningRows,
  ...plansRows,
  ...offersRows,
  ...feedback360Rows,
  ...coachingRows,
  ...mentoringRows,
  ...successionRows,
  ...talentRows,
  ...surveysRows,
];
