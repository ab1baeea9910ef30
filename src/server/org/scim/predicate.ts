import { ScimError } from './errors';
import type { AttrPath, CompareOp, CompValue, Filter } from './filter';
import { type AttributeDef, findAttribute, type ResourceSchema, resolveAttribute, subSchema } from './schema';

/**
 * Evaluates a parsed filter against a plain SCIM resource object (the in-memory twin of the SQL
 * translation a later session writes; tests compare the two). Compiling checks every attribute
 * against the schema first, so an unsupported attribute or a value of the wrong type is a 400
 * `invalidFilter` before any row is read.
 *
 * Semantics, chosen to match what Okta and Entra expect:
 * - a multi-valued attribute matches when any of its values matches;
 * - string comparisons fold case unless the attribute is `caseExact` (id, externalId);
 * - dateTime values compare as instants (`meta.lastModified gt "2026-01-01T00:00:00Z"`);
 * - `ne` is the negation of `eq` (an absent attribute is "not equal"); `eq null` means absent;
 * - a complex attribute without a sub-attribute compares its `value` (`emails co "@x"`).
 */
export type Resource = Record<string, unknown>;
type Predicate = (resource: Resource) => boolean;

const fail = (message: string): never => {
  throw new ScimError('invalidFilter', message);
};

/** Property lookup ignoring case, as SCIM attribute names are case-insensitive. */
export function getIgnoringCase(object: unknown, key: string): unknown {
  if (object === null || typeof object !== 'object' || Array.isArray(object)) return undefined;
  const record = object as Record<string, unknown>;
  if (Object.hasOwn(record, key)) return record[key];
  const lower = key.toLowerCase();
  for (const k of Object.keys(record)) if (k.toLowerCase() === lower) return record[k];
  return undefined;
}

const flat = (value: unknown): unknown[] =>
  value === undefined || value === null
    ? []
    : Array.isArray(value)
      ? value.filter((v) => v != null)
      : [value];

interface Target {
  uri: string | null;
  def: AttributeDef;
  leaf: AttributeDef;
}

function resolve(path: AttrPath, schema: ResourceSchema): Target {
  const found = resolveAttribute(schema, path.uri, path.name);
  if (!found) return fail(`Filtering on "${path.name}" is not supported`);
  const { uri, def } = found;
  if (path.subAttr !== null) {
    const sub = findAttribute(def.subAttributes ?? [], path.subAttr);
    if (!sub) return fail(`Filtering on "${path.name}.${path.subAttr}" is not supported`);
    return { uri, def, leaf: sub };
  }
  if (def.type === 'complex') {
    const value = findAttribute(def.subAttributes ?? [], 'value');
    if (!value)
      return fail(
        `"${path.name}" needs a sub-attribute, e.g. "${path.name}.${def.subAttributes?.[0]?.name}"`,
      );
    return { uri, def, leaf: value };
  }
  return { uri, def, leaf: def };
}

function valuesAt(resource: Resource, target: Target): unknown[] {
  const container = target.uri === null ? resource : getIgnoringCase(resource, target.uri);
  const top = flat(getIgnoringCase(container, target.def.name));
  if (target.leaf === target.def) return top;
  return top.flatMap((element) => flat(getIgnoringCase(element, target.leaf.name)));
}

const isPresent = (v: unknown) => v !== '' && !(Array.isArray(v) && v.length === 0);

const ORDER_OPS: readonly CompareOp[] = ['gt', 'ge', 'lt', 'le'];

function ordered(op: CompareOp, a: number | string, b: number | string): boolean {
  switch (op) {
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
    case 'lt':
      return a < b;
    default:
      return a <= b;
  }
}

/** Builds `(value) => boolean` for one stored value, or fails when the comparison makes no sense. */
function valueTest(leaf: AttributeDef, op: CompareOp, literal: Exclude<CompValue, null>, label: string) {
  switch (leaf.type) {
    case 'boolean': {
      if (typeof literal !== 'boolean') return fail(`"${label}" is a boolean; compare it with true or false`);
      if (op !== 'eq' && op !== 'ne') return fail(`"${op}" does not apply to the boolean "${label}"`);
      return (v: unknown) => v === literal || (typeof v === 'string' && v.toLowerCase() === String(literal));
    }
    case 'integer': {
      if (typeof literal !== 'number') return fail(`"${label}" is a number`);
      if (op === 'co' || op === 'sw' || op === 'ew')
        return fail(`"${op}" does not apply to the number "${label}"`);
      if (op === 'eq' || op === 'ne') return (v: unknown) => v === literal;
      return (v: unknown) => typeof v === 'number' && ordered(op, v, literal);
    }
    case 'dateTime': {
      const instant = typeof literal === 'string' ? Date.parse(literal) : Number.NaN;
      if (Number.isNaN(instant)) return fail(`"${label}" is a date-time; give an ISO 8601 string`);
      if (op === 'co' || op === 'sw' || op === 'ew')
        return fail(`"${op}" does not apply to the date-time "${label}"`);
      const ms = (v: unknown) =>
        v instanceof Date ? v.getTime() : typeof v === 'string' ? Date.parse(v) : Number.NaN;
      if (op === 'eq' || op === 'ne') return (v: unknown) => ms(v) === instant;
      return (v: unknown) => {
        const t = ms(v);
        return !Number.isNaN(t) && ordered(op, t, instant);
      };
    }
    default: {
      if (typeof literal !== 'string') return fail(`"${label}" is a string; put the value in double quotes`);
      const fold = (s: string) => (leaf.caseExact ? s : s.toLowerCase());
      const want = fold(literal);
      const test = (s: string): boolean => {
        switch (op) {
          case 'eq':
          case 'ne':
            return s === want;
          case 'co':
            return s.includes(want);
          case 'sw':
            return s.startsWith(want);
          case 'ew':
            return s.endsWith(want);
          default:
            return ordered(op, s, want);
        }
      };
      return (v: unknown) => typeof v === 'string' && test(fold(v));
    }
  }
}

function compile(filter: Filter, schema: ResourceSchema): Predicate {
  switch (filter.kind) {
    case 'and': {
      const left = compile(filter.left, schema);
      const right = compile(filter.right, schema);
      return (r) => left(r) && right(r);
    }
    case 'or': {
      const left = compile(filter.left, schema);
      const right = compile(filter.right, schema);
      return (r) => left(r) || right(r);
    }
    case 'not': {
      const inner = compile(filter.filter, schema);
      return (r) => !inner(r);
    }
    case 'present': {
      const target = resolve(filter.path, schema);
      return (r) => valuesAt(r, target).some(isPresent);
    }
    case 'valuePath': {
      const found = resolveAttribute(schema, filter.path.uri, filter.path.name);
      if (found?.def.type !== 'complex') {
        return fail(
          `"${filter.path.name}[…]" is not supported: "${filter.path.name}" is not a complex attribute`,
        );
      }
      const inner = compile(filter.filter, subSchema(found.def));
      const uri = found.uri;
      const name = found.def.name;
      return (r) => {
        const container = uri === null ? r : getIgnoringCase(r, uri);
        return flat(getIgnoringCase(container, name)).some(
          (element) => typeof element === 'object' && inner(element as Resource),
        );
      };
    }
    case 'compare': {
      const target = resolve(filter.path, schema);
      const label =
        filter.path.subAttr === null ? filter.path.name : `${filter.path.name}.${filter.path.subAttr}`;
      const { op, value } = filter;
      if (value === null) {
        if (op === 'eq') return (r) => !valuesAt(r, target).some(isPresent);
        if (op === 'ne') return (r) => valuesAt(r, target).some(isPresent);
        return fail(`"${op} null" is not a comparison`);
      }
      if (ORDER_OPS.includes(op) && target.leaf.type === 'boolean') {
        return fail(`"${op}" does not apply to the boolean "${label}"`);
      }
      const test = valueTest(target.leaf, op, value, label);
      if (op === 'ne') return (r) => !valuesAt(r, target).some(test);
      return (r) => valuesAt(r, target).some(test);
    }
  }
}

/**
 * Compiles `filter` for resources described by `schema` (USER_SCHEMA or GROUP_SCHEMA). Throws
 * `ScimError('invalidFilter')` for attributes the schema does not know or values of the wrong type.
 */
export function filterToPredicate(filter: Filter, schema: ResourceSchema): Predicate {
  return compile(filter, schema);
}
