import type { MatrixRow } from '../../platform/policy/matrix/types';

/** Authorization-matrix rows for every route of this area (SPEC S1; checked by the matrix test). */
export const goalsRows: MatrixRow[] = [];
