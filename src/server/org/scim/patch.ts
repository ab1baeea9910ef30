import { ScimError } from './errors';
import { type ParsedPath, parsePath, printPath } from './filter';
import { filterToPredicate, getIgnoringCase } from './predicate';
import {
  type AttributeDef,
  findAttribute,
  isExtensionUrn,
  type ResourceSchema,
  resolveAttribute,
  subSchema,
} from './schema';

/**
 * The PATCH normaliser (issue 15 item 7). Identity providers disagree on how to say the same thing
 * (anchors §9): Entra capitalises ops ("Replace") and sends booleans as "True"/"False"; Okta and
 * Entra's `aadOptscim062020` mode put several attributes in one path-less replace whose keys are
 * themselves paths; Entra sends the enterprise manager as a bare id. Everything is rewritten here
 * into one shape, with canonical attribute names, before anything is applied.
 *
 * Unknown attributes are reported in `ignored`, never refused: Entra retries a whole batch forever
 * after a 400, so one unmapped attribute would stop every later deactivation from landing. A path
 * that does not parse is `invalidPath`; a value a known attribute cannot hold is `invalidValue`.
 */
export type PatchOpName = 'add' | 'replace' | 'remove';

export interface PatchOperation {
  op: PatchOpName;
  /** Canonical: `uri` null for the core schema, names spelled as in schema.ts. */
  path: ParsedPath;
  /** Coerced to the attribute's type; undefined for a plain remove. */
  value: unknown;
}

export interface IgnoredOperation {
  /** Index in the request's Operations array. */
  index: number;
  path: string;
  reason: 'unknownAttribute' | 'readOnly';
}

export interface NormalisedPatch {
  operations: PatchOperation[];
  ignored: IgnoredOperation[];
}

const OPS: readonly PatchOpName[] = ['add', 'replace', 'remove'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const invalidValue = (label: string, expected: string): never => {
  throw new ScimError('invalidValue', `"${label}" must be ${expected}`);
};

/** Coerces one value (not an array of them) to what `def` holds. */
function coerceSingle(def: AttributeDef, value: unknown, label: string, dropped: string[]): unknown {
  if (value === null) return null;
  switch (def.type) {
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
      return invalidValue(label, 'true or false');
    case 'integer':
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
      return invalidValue(label, 'an integer');
    case 'dateTime':
      if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value;
      return invalidValue(label, 'an ISO 8601 date-time');
    case 'complex': {
      const subs = def.subAttributes ?? [];
      // Entra sends the manager (and some clients an email) as the bare `value`.
      if ((typeof value === 'string' || typeof value === 'number') && findAttribute(subs, 'value')) {
        return String(value) === '' ? null : { value: String(value) };
      }
      if (!isObject(value)) return invalidValue(label, 'an object');
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        const sub = findAttribute(subs, key);
        if (!sub) {
          dropped.push(`${label}.${key}`);
          continue;
        }
        if (sub.readOnly || v === null || v === undefined) continue;
        out[sub.name] = coerceSingle(sub, v, `${label}.${sub.name}`, dropped);
      }
      // A manager given as {value: ""} means "no manager".
      if (!def.multiValued && findAttribute(subs, 'value') && out.value === '') return null;
      return out;
    }
    default:
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      return invalidValue(label, 'a string');
  }
}

function coerce(
  def: AttributeDef,
  value: unknown,
  label: string,
  dropped: string[],
  asElement: boolean,
): unknown {
  if (!def.multiValued || asElement) return coerceSingle(def, value, label, dropped);
  if (value === null) return null;
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => coerceSingle(def, v, label, dropped)).filter((v) => v !== null);
}

interface Context {
  schema: ResourceSchema;
  index: number;
  operations: PatchOperation[];
  ignored: IgnoredOperation[];
}

function addOne(ctx: Context, op: PatchOpName, raw: ParsedPath, rawText: string, value: unknown) {
  const ignore = (reason: IgnoredOperation['reason'], path = rawText) =>
    ctx.ignored.push({ index: ctx.index, path, reason });
  const found = resolveAttribute(ctx.schema, raw.uri, raw.attribute);
  if (!found) return ignore('unknownAttribute');
  const { uri, def } = found;
  if (def.readOnly) return ignore('readOnly');
  let sub: AttributeDef | undefined;
  if (raw.subAttribute !== null) {
    sub = findAttribute(def.subAttributes ?? [], raw.subAttribute);
    if (!sub) return ignore('unknownAttribute');
    if (sub.readOnly) return ignore('readOnly');
  }
  if (raw.filter !== null) {
    if (!def.multiValued) {
      throw new ScimError('invalidPath', `"${def.name}" is single-valued and takes no "[…]" filter`);
    }
    try {
      filterToPredicate(raw.filter, subSchema(def));
    } catch (error) {
      if (error instanceof ScimError) throw new ScimError('invalidPath', `In "${rawText}": ${error.message}`);
      throw error;
    }
  }
  const path: ParsedPath = { uri, attribute: def.name, filter: raw.filter, subAttribute: sub?.name ?? null };
  const label = printPath(path);
  const dropped: string[] = [];
  let normalisedOp = op;
  let coerced: unknown;
  if (op === 'remove') {
    // Entra removes members by a value array; anything else with a remove is noise.
    if (def.multiValued && !sub && raw.filter === null && value !== undefined && value !== null) {
      coerced = coerce(def, value, label, dropped, false);
    }
  } else {
    if (value === undefined) throw new ScimError('invalidValue', `"${op}" of "${label}" needs a value`);
    coerced = sub
      ? coerceSingle(sub, value, label, dropped)
      : coerce(def, value, label, dropped, raw.filter !== null);
    if (coerced === null) {
      normalisedOp = 'remove';
      coerced = undefined;
    }
  }
  for (const d of dropped) ignore('unknownAttribute', d);
  ctx.operations.push({ op: normalisedOp, path, value: coerced });
}

function parse(text: unknown): ParsedPath {
  if (typeof text !== 'string') throw new ScimError('invalidPath', '"path" must be a string');
  return parsePath(text);
}

/**
 * Path-less add/replace: every key is itself a path (`name.givenName`, `emails[…].value`, an
 * enterprise URN-prefixed name, or the extension URN holding an object of attributes).
 */
function addKeys(ctx: Context, op: PatchOpName, value: Record<string, unknown>) {
  for (const [key, v] of Object.entries(value)) {
    if (key.toLowerCase() === 'schemas') continue;
    const extension = isExtensionUrn(ctx.schema, key);
    if (extension && isObject(v)) {
      for (const [extKey, extValue] of Object.entries(v)) {
        const text = `${extension.urn}:${extKey}`;
        addOne(ctx, op, parse(text), text, extValue);
      }
      continue;
    }
    addOne(ctx, op, parse(key), key, v);
  }
}

/** Normalises a raw PatchOp body (RFC 7644 §3.5.2) for resources described by `schema`. */
export function normalisePatch(body: unknown, schema: ResourceSchema): NormalisedPatch {
  const rawOps = getIgnoringCase(body, 'Operations');
  if (!Array.isArray(rawOps))
    throw new ScimError('invalidSyntax', 'A PatchOp body needs an "Operations" array');
  const operations: PatchOperation[] = [];
  const ignored: IgnoredOperation[] = [];
  rawOps.forEach((raw, index) => {
    if (!isObject(raw)) throw new ScimError('invalidSyntax', `Operation ${index + 1} is not an object`);
    const opText = getIgnoringCase(raw, 'op');
    const op = typeof opText === 'string' ? opText.toLowerCase() : '';
    if (!(OPS as readonly string[]).includes(op)) {
      throw new ScimError('invalidSyntax', `Operation ${index + 1}: "op" must be add, replace or remove`);
    }
    const ctx: Context = { schema, index, operations, ignored };
    const pathText = getIgnoringCase(raw, 'path');
    const value = getIgnoringCase(raw, 'value');
    // A path naming the extension itself (`urn:…:enterprise:2.0:User`) with an object value is
    // the same as a path-less value holding that extension object.
    const extensionPath = typeof pathText === 'string' ? isExtensionUrn(schema, pathText) : undefined;
    if (extensionPath && op !== 'remove' && isObject(value)) {
      addKeys(ctx, op as PatchOpName, { [extensionPath.urn]: value });
      return;
    }
    if (pathText !== undefined && pathText !== null && pathText !== '') {
      addOne(ctx, op as PatchOpName, parse(pathText), pathText as string, value);
      return;
    }
    if (op === 'remove')
      throw new ScimError('invalidPath', `Operation ${index + 1}: "remove" needs a "path"`);
    if (!isObject(value)) {
      throw new ScimError(
        'invalidValue',
        `Operation ${index + 1}: without a "path", "value" must be an object`,
      );
    }
    addKeys(ctx, op as PatchOpName, value);
  });
  return { operations, ignored };
}

export { applyGroupPatch, applyPatch, applyUserPatch } from './applyPatch';
