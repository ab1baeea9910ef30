import { type DataClass, tableClassification } from '../../dataClasses/registry';
import { canariesIn } from '../../dataClasses/scanner';
import {
  type Carries,
  type MatrixRelation,
  type MatrixRole,
  type MatrixRow,
  type Receiver,
  type SeparatedClass,
  separatedClasses,
} from './types';

/**
 * The body check of the authorization matrix (GUIDE practice 13): a 2xx body may carry a separated
 * class only where its row's `carries` names the case's role × relation; credential data never.
 * Values are found by the canaries tests plant (`dataClasses/planting.ts`), fields by the registry's
 * distinctive field names.
 */

type Allowance = SeparatedClass | 'library';

const matches = (receiver: Receiver, role: MatrixRole, relation: MatrixRelation | null) =>
  receiver === '*' ||
  receiver === role ||
  (relation !== null && (receiver === relation || receiver === `${role}:${relation}`));

/** The classes (and `library`) a case's 2xx body may carry. */
export function allowedClasses(
  carries: Carries | undefined,
  role: MatrixRole,
  relation: MatrixRelation | null,
): Set<Allowance> {
  const allowed = new Set<Allowance>();
  for (const [key, receivers] of Object.entries(carries ?? {}) as [Allowance, Receiver | Receiver[]][]) {
    if ([receivers].flat().some((receiver) => matches(receiver, role, relation))) allowed.add(key);
  }
  // The library is part of the development class: whoever may carry development may carry it.
  if (allowed.has('development')) allowed.add('library');
  return allowed;
}

const scanned = new Set<DataClass>([...separatedClasses, 'credential']);

/** Distinctive field names (both spellings) of each scanned class, per table. */
const fieldOwners = (() => {
  const owners = new Map<string, { table: string; dataClass: DataClass }[]>();
  for (const [table, entry] of Object.entries(tableClassification)) {
    if (!scanned.has(entry.dataClass)) continue;
    for (const field of entry.distinctiveFields ?? []) {
      for (const name of [field.toLowerCase(), field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]) {
        owners.set(name, [...(owners.get(name) ?? []), { table, dataClass: entry.dataClass }]);
      }
    }
  }
  return owners;
})();

export interface LeakCheckOptions {
  /** Tables that name no person (see `CanaryPlanting.organizationTables`): covered by `library`. */
  organizationTables: ReadonlySet<string>;
}

export interface LeakFinding {
  dataClass: DataClass;
  /** Where in the body, and which canary or field. */
  detail: string;
}

/**
 * What a case's body carries that its row does not allow. `secrets` are values of the caller's own
 * session (token and stored hash) that no body may contain either.
 */
export function leaksIn(
  row: Pick<MatrixRow, 'carries' | 'namesFieldsOnly'>,
  role: MatrixRole,
  relation: MatrixRelation | null,
  response: { body: unknown; text: string },
  options: LeakCheckOptions,
  secrets: string[] = [],
): LeakFinding[] {
  const allowed = allowedClasses(row.carries, role, relation);
  const permits = (dataClass: DataClass, table: string | null, scope: 'person' | 'organization') =>
    dataClass !== 'credential' &&
    (allowed.has(dataClass as SeparatedClass) ||
      (dataClass === 'development' &&
        allowed.has('library') &&
        (scope === 'organization' || (table !== null && options.organizationTables.has(table)))));

  const findings: LeakFinding[] = [];
  for (const canary of canariesIn(response.text)) {
    if (!scanned.has(canary.dataClass) || permits(canary.dataClass, null, canary.scope)) continue;
    findings.push({
      dataClass: canary.dataClass,
      detail: `${pathsOf(response.body, canary.value).join(', ') || 'text'} carries ${canary.label}`,
    });
  }
  if (response.text.includes('$argon2'))
    findings.push({ dataClass: 'credential', detail: 'text carries a password hash ($argon2…)' });
  for (const secret of secrets)
    if (secret && response.text.includes(secret))
      findings.push({
        dataClass: 'credential',
        detail: "text carries the caller's session token or its hash",
      });

  if (!row.namesFieldsOnly) {
    // One finding per field name and class: a list of fifty assessments is one leak, not fifty.
    const reported = new Set<string>();
    walk(response.body, '$', (key, path) => {
      for (const owner of fieldOwners.get(key.toLowerCase()) ?? []) {
        const scope = options.organizationTables.has(owner.table) ? 'organization' : 'person';
        if (permits(owner.dataClass, owner.table, scope) || reported.has(`${owner.dataClass} ${key}`))
          continue;
        reported.add(`${owner.dataClass} ${key}`);
        findings.push({ dataClass: owner.dataClass, detail: `${path} is a field of ${owner.table}` });
        return;
      }
    });
  }
  return findings;
}

function walk(node: unknown, path: string, onKey: (key: string, path: string) => void) {
  if (!node || typeof node !== 'object') return;
  for (const [key, child] of Object.entries(node)) {
    const childPath = Array.isArray(node) ? `${path}[${key}]` : `${path}.${key}`;
    if (!Array.isArray(node)) onKey(key, childPath);
    walk(child, childPath, onKey);
  }
}

/** JSON paths of the string values that contain `value` (for findings a reader can follow). */
function pathsOf(body: unknown, value: string): string[] {
  const paths: string[] = [];
  const visit = (node: unknown, path: string) => {
    if (typeof node === 'string') {
      if (node.includes(value)) paths.push(path);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node))
      visit(child, Array.isArray(node) ? `${path}[${key}]` : `${path}.${key}`);
  };
  visit(body, '$');
  return paths.slice(0, 3);
}
