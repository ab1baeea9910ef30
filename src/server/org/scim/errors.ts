/**
 * SCIM errors (RFC 7644 §3.12). The `scimType` values are the protocol's own stable codes, so a
 * route can answer `{schemas:[Error], status:"400", scimType, detail}` without translating. The
 * detail says where parsing failed so an administrator reading the identity provider's log can
 * fix the mapping without our help.
 */
export type ScimType =
  | 'invalidFilter'
  | 'invalidPath'
  | 'invalidValue'
  | 'invalidSyntax'
  | 'uniqueness'
  | 'mutability'
  | 'noTarget'
  | 'tooMany';

export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

export class ScimError extends Error {
  readonly scimType: ScimType;
  readonly status: number;

  constructor(scimType: ScimType, detail: string, status = scimType === 'uniqueness' ? 409 : 400) {
    super(detail);
    this.name = 'ScimError';
    this.scimType = scimType;
    this.status = status;
  }

  /** The SCIM Error body; `status` is a string there (Entra and Okta both read it that way). */
  toBody() {
    return {
      schemas: [SCIM_ERROR_SCHEMA],
      status: String(this.status),
      scimType: this.scimType,
      detail: this.message,
    };
  }
}
