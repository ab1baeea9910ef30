import type { SQL } from 'drizzle-orm';
import type { DataClass } from '../dataClasses/registry';
import type { Db } from '../db/client';
import type { RetentionDecision } from './retention';

/**
 * Erasure of a person's data (SPEC S2 "Data rights"), composed like the export: each domain keeps
 * its eraser beside its tables (`erasure.ts`), the composition root (`personalDataErasers.ts`) lists
 * them, and the platform runs them without importing any domain.
 */
export type ErasureAction = 'delete' | 'anonymise' | 'keep';

/**
 * One step of the plan: the rows of one table that hold one kind of record about the person, and
 * what happens to them. `where` selects them (it names the table's columns unqualified); the same
 * condition counts them in the dry run and changes them on execution, so the two agree.
 */
export interface ErasureOperation {
  /** SQL table name. */
  table: string;
  /** What the rows are, for people ("goals the person owns"). */
  kind: string;
  dataClass: DataClass;
  action: ErasureAction;
  /** Why this action — for `keep` and `anonymise`, the retention rule or whose record it is. */
  reason: string;
  /** The foreign keys to `people` / `accounts` this step accounts for, as `table.column`. */
  covers: string[];
  where: SQL;
  /** For `anonymise`: the SET list (values never derived from the person's data). */
  set?: SQL;
  /**
   * The rows are someone else's record that the person only appears in (a review they wrote of a
   * report): the audit events about these rows stay — those naming the person are still redacted
   * by their payload. Without it, events about the rows a step deletes or anonymises are redacted.
   */
  othersRecord?: boolean;
  /** Primary key column, to redact audit events about these rows; null for tables without one. */
  idColumn?: string | null;
}

/** The person being erased and the retention decision for their performance records. */
export interface ErasureSubject {
  organizationId: string;
  personId: string;
  accountId: string | null;
  /** Exact identifiers to look for in free-standing rows (outbox, login attempts, audit payloads). */
  email: string;
  /** "Given Family", to take the name out of messages to others that mention the person. */
  fullName: string;
  performance: RetentionDecision;
}

export interface PersonalDataEraser {
  /** Stable name ("goals"). */
  domain: string;
  operations(subject: ErasureSubject): ErasureOperation[];
}

/** One line of a plan, as shown to both HR admins and stored on the request (counts only). */
export interface ErasurePlanLine {
  domain: string;
  table: string;
  kind: string;
  dataClass: DataClass;
  action: ErasureAction;
  reason: string;
  rows: number;
}

export interface ErasureContext {
  db: Db;
  subject: ErasureSubject;
}
