import type { MatrixRow } from '../platform/policy/matrix/types';
import { aspirationsRows } from './aspirations/matrixRows';
import { conversationsRows } from './conversations/matrixRows';
import { feedback360Rows } from './feedback360/matrixRows';
import { learningRows } from './learning/matrixRows';
import { pathsRows } from './paths/matrixRows';
import { plansRows } from './plans/matrixRows';

/** Authorization-matrix rows of every growth route. */
export const growthRows: MatrixRow[] = [
  ...aspirationsRows,
  ...conversationsRows,
  ...pathsRows,
  ...learningRows,
  ...plansRows,
  ...feedback360Rows,
];
