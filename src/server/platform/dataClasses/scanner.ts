import { type DataClass, distinctiveFieldsOf } from './registry';

/**
 * Canary values: tests write them into records of a class and then assert that no response shows
 * them. Kept per class so one scan can ask "does anything of class X leak here?".
 */
const canaries = new Map<DataClass, Set<string>>();

export function plantCanary(dataClass: DataClass, label = 'value'): string {
  const value = `canary-${dataClass}-${label}-${Math.random().toString(36).slice(2, 10)}`;
  registerCanary(dataClass, value);
  return value;
}

/** Registers a value that already exists (a password hash, a token) as belonging to a class. */
export function registerCanary(dataClass: DataClass, value: string) {
  const set = canaries.get(dataClass) ?? new Set<string>();
  canaries.set(dataClass, set);
  set.add(value);
}

export interface Finding {
  path: string;
  reason: string;
}

/** Walks a response body and lists every field name or value that belongs to `dataClass`. */
export function scanForDataClass(body: unknown, dataClass: DataClass): Finding[] {
  const fields = distinctiveFieldsOf(dataClass);
  const values = [...(canaries.get(dataClass) ?? [])];
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
  return [...(canaries.get(dataClass) ?? [])].some((value) => text.includes(value));
}
