import { orgRows } from './orgRows';
import { platformRows } from './platformRows';
import type { MatrixRow } from './types';

/** Every API route × role × relation. Each domain adds its rows file here. */
export const authorizationMatrix: MatrixRow[] = [...platformRows, ...orgRows];
