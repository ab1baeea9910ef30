import { type DataClass, distinctiveFieldsOf } from './registry';

/**
 * Canary values: tests write them into records of a class and then assert that no response shows
 * them. Kept per class so one scan can ask "does anything of class X leak here?".
 *
 * The registry is module state, and test workers keep modules across files (`isolate: false`):
 * every test file that registers canaries calls `resetCanaries()` in its `beforeAll`, so one file's
 * canaries never decide another file's scan.
 */
export interface Canary {
  value: string;
  dataClass: DataClass;
  /** Where the value was planted, for findings: `table.column`, or the test's own label. */
  label: string;
  /**
   * `organization`: planted in a table that names no person (the organisation's competency library,
   * career tracks, learning catalogue), readable by everyone the route serves. `person` otherwise.
   */
  scope: 'person' | 'organization';
}

const canaries = new Map<string, Canary>();

/** Forgets every canary: call it in the `beforeAll` of each test file that plants or registers some. */
export function resetCanaries() {
  canaries.clear();
}

export function plantCanary(dataClass: DataClass, label = 'value'): string {
  const value = `canary-${dataClass}-${label}-${Math.random().toString(36).slice(2, 10)}`;
  registerCanary(dataClass, value, { label });
  return value;
}

/** Registers a value that already exists (a password hash, a token) as belonging to a class. */
export function registerCanary(
  dataClass: DataClass,
  value: string,
  meta: { label?: string; scope?: Canary['scope'] } = {},
) {
  canaries.set(value, { value, dataClass, label: meta.label ?? dataClass, scope: meta.scope ?? 'person' });
}

export function canariesOf(dataClass: DataClass): Canary[] {
  return [...canaries.values()].filter((canary) => canary.dataClass === dataClass);
}

export interface Finding {
  path: string;
  reason: string;
}

/** Walks a response body and lists every field name or value that belongs to `dataClass`. */
export function scanForDataClass(body: unknown, dataClass: DataClass): Finding[] {
  const fields = distinctiveFieldsOf(dataClass);
  const values = canariesOf(dataClass).map((canary) => canary.value);
  const findings: Finding[] = [];
  const visit = (node: unknown, path: string) => {
    if (typeof node === 'string') {
      for (const value of values)
        if (node.includes(value)) findings.push({ path, reason: `carries a ${dataClass} value` });
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      const childPath = Array.isArray(node) ? `${path}[${key}]` : `${path}.${key}`;
      if (!Array.isArray(node) && fields.has(key.toLowerCase())) {
        findings.push({ path: childPath, reason: `field "${key}" is ${dataClass} data` });
      }
      visit(child, childPath);
    }
  };
  visit(body, '$');
  return findings;
}

/** Raw text check too: a value may hide inside HTML or an error message. */
export function textCarriesDataClass(text: string, dataClass: DataClass): boolean {
  return canariesOf(dataClass).some((canary) => text.includes(canary.value));
}

/** Every registered canary that occurs in `text` (a raw response body), whatever its class. */
export function canariesIn(text: string): Canary[] {
  const found: Canary[] = [];
  for (const canary of canaries.values()) if (text.includes(canary.value)) found.push(canary);
  return found;
}
