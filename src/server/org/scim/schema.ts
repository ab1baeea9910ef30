/**
 * The attributes Trellis understands, per resource type (a subset of RFC 7643 §4 and §8.7). One
 * table serves three readers: the filter predicate (type and case sensitivity), the PATCH
 * normaliser (which attributes are known, which are read-only, which values are booleans) and the
 * apply step (single/multi-valued, complex). Attributes not listed here are "unknown": filters on
 * them are refused (`invalidFilter`) and PATCH operations on them are ignored, never refused.
 */
export type AttributeType = 'string' | 'boolean' | 'integer' | 'dateTime' | 'reference' | 'complex';

export interface AttributeDef {
  name: string;
  type: AttributeType;
  multiValued?: boolean;
  /** String comparison is exact (ids) rather than case-insensitive (userName, emails). */
  caseExact?: boolean;
  /** Read-only attributes (id, meta, a user's groups) are never written by a PATCH. */
  readOnly?: boolean;
  subAttributes?: AttributeDef[];
}

export interface ResourceSchema {
  /** The core schema URN: a path may carry it as a prefix and means the same attribute. */
  coreUrn: string;
  attributes: AttributeDef[];
  extensions: { urn: string; attributes: AttributeDef[] }[];
}

export const USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_URN = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE_USER_URN = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const PATCH_OP_URN = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

const str = (name: string, extra: Partial<AttributeDef> = {}): AttributeDef => ({
  name,
  type: 'string',
  ...extra,
});

/** A reference to another resource, as `groups` and `members` carry it: its id first. */
const referenceSubAttributes = (): AttributeDef[] => [
  str('value', { caseExact: true }),
  str('display'),
  str('type'),
  { name: '$ref', type: 'reference', caseExact: true },
];

const meta: AttributeDef = {
  name: 'meta',
  type: 'complex',
  readOnly: true,
  subAttributes: [
    str('resourceType', { caseExact: true }),
    { name: 'created', type: 'dateTime' },
    { name: 'lastModified', type: 'dateTime' },
    { name: 'location', type: 'reference', caseExact: true },
    str('version', { caseExact: true }),
  ],
};

const id = str('id', { caseExact: true, readOnly: true });
const externalId = str('externalId', { caseExact: true });

export const USER_SCHEMA: ResourceSchema = {
  coreUrn: USER_URN,
  attributes: [
    id,
    externalId,
    str('userName'),
    {
      name: 'name',
      type: 'complex',
      subAttributes: [
        str('formatted'),
        str('familyName'),
        str('givenName'),
        str('middleName'),
        str('honorificPrefix'),
        str('honorificSuffix'),
      ],
    },
    str('displayName'),
    str('nickName'),
    str('title'),
    str('userType'),
    str('preferredLanguage'),
    str('locale'),
    str('timezone'),
    { name: 'active', type: 'boolean' },
    {
      name: 'emails',
      type: 'complex',
      multiValued: true,
      subAttributes: [str('value'), str('type'), str('display'), { name: 'primary', type: 'boolean' }],
    },
    {
      name: 'groups',
      type: 'complex',
      multiValued: true,
      readOnly: true,
      subAttributes: referenceSubAttributes(),
    },
    meta,
  ],
  extensions: [
    {
      urn: ENTERPRISE_USER_URN,
      attributes: [
        str('employeeNumber', { caseExact: true }),
        str('costCenter'),
        str('organization'),
        str('division'),
        str('department'),
        {
          name: 'manager',
          type: 'complex',
          subAttributes: [
            str('value', { caseExact: true }),
            { name: '$ref', type: 'reference', caseExact: true },
            str('displayName', { readOnly: true }),
          ],
        },
      ],
    },
  ],
};

export const GROUP_SCHEMA: ResourceSchema = {
  coreUrn: GROUP_URN,
  attributes: [
    id,
    externalId,
    str('displayName'),
    {
      name: 'members',
      type: 'complex',
      multiValued: true,
      subAttributes: referenceSubAttributes(),
    },
    meta,
  ],
  extensions: [],
};

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function findAttribute(list: readonly AttributeDef[], name: string): AttributeDef | undefined {
  return list.find((a) => same(a.name, name));
}

/**
 * Finds a top-level attribute by optional schema URN. `uri` null or the core URN means the core
 * schema; an unqualified name that is not core falls back to the extensions (lenient: some
 * clients drop the prefix). Returns the canonical URN (null for core) with the definition.
 */
export function resolveAttribute(
  schema: ResourceSchema,
  uri: string | null,
  name: string,
): { uri: string | null; def: AttributeDef } | undefined {
  if (uri === null || same(uri, schema.coreUrn)) {
    const def = findAttribute(schema.attributes, name);
    if (def) return { uri: null, def };
    if (uri !== null) return undefined;
    for (const ext of schema.extensions) {
      const found = findAttribute(ext.attributes, name);
      if (found) return { uri: ext.urn, def: found };
    }
    return undefined;
  }
  const ext = schema.extensions.find((e) => same(e.urn, uri));
  if (!ext) return undefined;
  const def = findAttribute(ext.attributes, name);
  return def ? { uri: ext.urn, def } : undefined;
}

export function isExtensionUrn(schema: ResourceSchema, key: string) {
  return schema.extensions.find((e) => same(e.urn, key));
}

/** A schema whose top-level attributes are a multi-valued attribute's sub-attributes. */
export function subSchema(def: AttributeDef): ResourceSchema {
  return { coreUrn: '', attributes: def.subAttributes ?? [], extensions: [] };
}
