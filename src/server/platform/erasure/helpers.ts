import { type SQL, sql } from 'drizzle-orm';
import type { ErasureSubject } from './types';

/** `organization_id = …`: every step stays inside the person's organisation. */
export const inOrg = (s: ErasureSubject): SQL => sql`organization_id = ${s.organizationId}`;

/** `column = the person` (a column holding a person id). */
export const isPerson = (s: ErasureSubject, column: string): SQL =>
  sql`${sql.identifier(column)} = ${s.personId}`;

/** For the unchecked "who did it" columns that hold a person id or an account id. */
export const isPersonOrAccount = (s: ErasureSubject, column: string): SQL =>
  sql`${sql.identifier(column)} IN (${s.personId}, ${s.accountId ?? s.personId})`;

/** The performance retention decision as an action for a step (see retention.ts). */
export const performanceAction = (s: ErasureSubject) => s.performance.action;
