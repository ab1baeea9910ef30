import type { Db } from '../../db/client';

export const matrixRoles = [
  'anonymous',
  'employee',
  'manager',
  'skip_level',
  'hr_admin',
  'approver',
  'coach',
  'org_admin',
] as const;
export type MatrixRole = (typeof matrixRoles)[number];

/** Whose record the request is about, seen from the caller. */
export const matrixRelations = ['own', 'report', 'other', 'other_org'] as const;
export type MatrixRelation = (typeof matrixRelations)[number];

/** An expected HTTP status, or 'n/a' where the relation cannot exist (an employee has no reports). */
export type Outcome = number | 'n/a';
export type RelationOutcomes = Record<MatrixRelation, Outcome>;

export interface MatrixContext {
  /** The target person's id for this case. */
  personId: string;
  /** Unique per case, for bodies that must not collide (emails, names). */
  unique: string;
}

export interface MatrixRow {
  /** "METHOD /api/path/:param" exactly as registered. */
  route: string;
  /** 'person': the path names a person, tried in all four relations. 'none': one case per role. */
  target: 'person' | 'none';
  /** Create a new target person per case, for routes that change or end the record. */
  fresh?: boolean;
  /** With `fresh`: the new person's login has no password yet (an invitation is pending). */
  freshWithoutPassword?: boolean;
  /**
   * The request ends the caller's sessions (logout): each case gets a session of its own. Other
   * rows share one session per role, which saves a session insert per case.
   */
  endsSession?: boolean;
  body?: (ctx: MatrixContext) => unknown;
  /**
   * Creates the record a case is about (e.g. a notification of the target person) and returns the
   * values of the path's other `:params`, so rows can test records as well as people.
   */
  params?: (ctx: MatrixContext & { db: Db; organizationId: string }) => Promise<Record<string, string>>;
  query?: string;
  /** Per role: one status for every relation, or a status per relation. */
  expect: Record<MatrixRole, Outcome | RelationOutcomes>;
  /**
   * Which separated data classes a 2xx body of this route may carry, and to whom (SPEC S1). Left
   * out, a class may reach nobody: every 2xx body is scanned for that class's planted canaries and
   * distinctive field names (`leaks.ts`). Credential data is never allowed and not declarable.
   */
  carries?: Carries;
  /**
   * The body documents the API's field names (the OpenAPI document): only values are scanned,
   * since a schema naming `aspirationText` carries nobody's aspiration.
   */
  namesFieldsOnly?: boolean;
}

/** The classes SPEC S1 keeps apart; every 2xx body is scanned for each one its row does not allow. */
export const separatedClasses = [
  'development',
  'confidential',
  'anonymous',
  'talent',
  'compensation',
] as const;
export type SeparatedClass = (typeof separatedClasses)[number];

/**
 * Who may receive a class in a 2xx body: `'*'` every case of the row; a role (any relation); a
 * relation (any role; 'person' rows only); or `'role:relation'`. Rows with target 'none' have no
 * relation: there a role or `'*'` applies (such routes answer about the caller or their scope).
 */
export type Receiver = '*' | MatrixRole | MatrixRelation | `${MatrixRole}:${MatrixRelation}`;

/**
 * Separated classes a row's 2xx bodies may carry. `library` is the development class's organisation
 * part — tables that name no person (the competency library, career tracks and levels, the
 * learning catalogue) — which people read without reading anyone's development record.
 */
export type Carries = Partial<Record<SeparatedClass | 'library', Receiver | Receiver[]>>;

/** Shorthands that keep rows readable. */
export const all = (status: Outcome): Record<MatrixRole, Outcome> =>
  Object.fromEntries(matrixRoles.map((role) => [role, status])) as Record<MatrixRole, Outcome>;

export const rel = (own: Outcome, report: Outcome, other: Outcome, other_org: Outcome): RelationOutcomes => ({
  own,
  report,
  other,
  other_org,
});

export const signedIn = (status: Outcome, anonymous: Outcome = 401) => ({ ...all(status), anonymous });

/** Only the named roles get `allowed`; other signed-in roles get `denied`. */
export function onlyRoles(roles: MatrixRole[], allowed: Outcome, denied: Outcome = 403) {
  return { ...signedIn(denied), ...Object.fromEntries(roles.map((role) => [role, allowed])) } as Record<
    MatrixRole,
    Outcome
  >;
}
