import type { Filter } from './filter';
import type { PatchOperation } from './patch';
import { filterToPredicate, type Resource } from './predicate';
import {
  type AttributeDef,
  findAttribute,
  GROUP_SCHEMA,
  type ResourceSchema,
  resolveAttribute,
  subSchema,
  USER_SCHEMA,
} from './schema';

/**
 * Applies normalised operations (see patch.ts) to a plain SCIM resource and returns a new object;
 * the input is not changed. Choices where RFC 7644 leaves room, made so that identity providers
 * never see an error for something harmless:
 * - removing a value that is not there is a no-op (Entra re-sends removals);
 * - `add` to a multi-valued attribute skips elements already present (same `value`);
 * - replacing a complex attribute merges sub-attributes (RFC 7644 §3.5.2.3);
 * - `replace` with a filter that matches nothing adds an element built from the filter's
 *   `eq` terms (`emails[type eq "work"].value` on a user without a work email creates one);
 * - an element written with `primary: true` makes the others non-primary.
 * Elements are removed by matching, never by index (FusionAuth issue 2834: shifting indexes).
 */
const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The key under which `name` is stored, matching case-insensitively; the canonical name if absent. */
function keyOf(object: Record<string, unknown>, name: string): string {
  if (Object.hasOwn(object, name)) return name;
  const lower = name.toLowerCase();
  return Object.keys(object).find((k) => k.toLowerCase() === lower) ?? name;
}

function sameValue(def: AttributeDef, a: unknown, b: unknown): boolean {
  const valueDef = findAttribute(def.subAttributes ?? [], 'value');
  if (valueDef && isObject(a) && isObject(b)) {
    const x = a.value;
    const y = b.value;
    if (typeof x === 'string' && typeof y === 'string' && !valueDef.caseExact) {
      return x.toLowerCase() === y.toLowerCase();
    }
    return x !== undefined && x === y;
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `type eq "work" and primary eq true` → {type: "work", primary: true}; null if not that shape. */
function equalityTerms(filter: Filter): Record<string, unknown> | null {
  if (
    filter.kind === 'compare' &&
    filter.op === 'eq' &&
    filter.path.subAttr === null &&
    filter.path.uri === null
  ) {
    return { [filter.path.name]: filter.value };
  }
  if (filter.kind === 'and') {
    const left = equalityTerms(filter.left);
    const right = equalityTerms(filter.right);
    return left && right ? { ...left, ...right } : null;
  }
  return null;
}

function onlyOnePrimary(list: unknown[], written: Set<unknown>) {
  if (![...written].some((e) => isObject(e) && e.primary === true)) return;
  for (const element of list) {
    if (!written.has(element) && isObject(element) && element.primary === true) element.primary = false;
  }
}

function applyOne(resource: Resource, operation: PatchOperation, schema: ResourceSchema) {
  const { op, path, value } = operation;
  const found = resolveAttribute(schema, path.uri, path.attribute);
  if (!found) return;
  const { def } = found;
  let container: Record<string, unknown> = resource;
  if (path.uri !== null) {
    const uriKey = keyOf(resource, path.uri);
    const existing = resource[uriKey];
    if (!isObject(existing)) {
      if (op === 'remove') return;
      resource[uriKey] = {};
    }
    container = resource[uriKey] as Record<string, unknown>;
  }
  const key = keyOf(container, def.name);
  const current = container[key];
  const sub = path.subAttribute === null ? null : findAttribute(def.subAttributes ?? [], path.subAttribute);
  const subKey = (element: Record<string, unknown>) => keyOf(element, (sub as AttributeDef).name);

  if (def.multiValued) {
    const list: unknown[] = Array.isArray(current) ? current : [];
    if (path.filter !== null) {
      const matches = filterToPredicate(path.filter, subSchema(def));
      const hit = (e: unknown): e is Record<string, unknown> => isObject(e) && matches(e);
      if (op === 'remove') {
        if (sub) for (const e of list.filter(hit)) delete e[subKey(e)];
        else if (Array.isArray(current)) container[key] = list.filter((e) => !hit(e));
        return;
      }
      const targets = list.filter(hit);
      const written = new Set<unknown>();
      if (targets.length === 0) {
        const terms = equalityTerms(path.filter);
        if (!terms) return;
        const element = sub ? { ...terms, [sub.name]: value } : { ...terms, ...(value as object) };
        list.push(element);
        written.add(element);
      }
      for (const e of targets) {
        if (sub) e[subKey(e)] = value;
        else Object.assign(e, value);
        written.add(e);
      }
      container[key] = list;
      onlyOnePrimary(list, written);
      return;
    }
    if (sub) {
      for (const e of list) {
        if (!isObject(e)) continue;
        if (op === 'remove') delete e[subKey(e)];
        else e[subKey(e)] = value;
      }
      return;
    }
    const incoming = Array.isArray(value) ? value : [];
    if (op === 'remove') {
      if (!Array.isArray(current)) return;
      if (incoming.length === 0) delete container[key];
      else container[key] = list.filter((e) => !incoming.some((gone) => sameValue(def, e, gone)));
      return;
    }
    const next = op === 'replace' ? [] : list;
    for (const element of incoming) {
      const twin = next.find((e) => sameValue(def, e, element));
      if (twin && isObject(twin) && isObject(element)) Object.assign(twin, element);
      else if (!twin) next.push(element);
    }
    container[key] = next;
    onlyOnePrimary(next, new Set(incoming));
    return;
  }

  if (def.type === 'complex') {
    if (sub) {
      if (op === 'remove') {
        if (isObject(current)) delete current[subKey(current)];
        return;
      }
      const target = isObject(current) ? current : {};
      target[subKey(target)] = value;
      container[key] = target;
      return;
    }
    if (op === 'remove') {
      delete container[key];
      return;
    }
    // Merge (RFC 7644 §3.5.2.3); the manager is one reference, so it is replaced whole.
    const keepOthers = findAttribute(def.subAttributes ?? [], 'value') === undefined;
    container[key] = keepOthers && isObject(current) ? { ...current, ...(value as object) } : value;
    return;
  }

  if (op === 'remove') delete container[key];
  else container[key] = value;
}

/** Applies normalised operations to a resource of `schema`; returns a new object. */
export function applyPatch(
  resource: Resource,
  operations: readonly PatchOperation[],
  schema: ResourceSchema,
): Resource {
  const copy = structuredClone(resource);
  for (const operation of operations) applyOne(copy, operation, schema);
  return copy;
}

export function applyUserPatch(user: Resource, operations: readonly PatchOperation[]): Resource {
  return applyPatch(user, operations, USER_SCHEMA);
}

export function applyGroupPatch(group: Resource, operations: readonly PatchOperation[]): Resource {
  return applyPatch(group, operations, GROUP_SCHEMA);
}
