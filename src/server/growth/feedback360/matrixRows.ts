import type { MatrixRow } from '../../platform/policy/matrix/types';

/** Authorization-matrix rows for every route of this part. */
export const feedback360Rows: MatrixRow[] = [];
