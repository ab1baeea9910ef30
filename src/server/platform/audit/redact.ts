import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client';

/**
 * Which audit events an erasure redacts: those the person did (their account is the actor), those
 * about them or about a record the erasure deletes or anonymises (the target), and those whose
 * payload names them (their person or account id, their email, their full name). Events of the
 * erasure workflow itself (`erasure.*`) hold only ids, a reference and counts and stay readable:
 * they are the trail of the four-eyes decision.
 */
export interface AuditRedactionScope {
  organizationId: string;
  accountId: string | null;
  targetIds: string[];
  /** Exact texts that name the person inside a payload (matched case-insensitively). */
  identifiers: string[];
}

function scopeCondition(scope: AuditRedactionScope): SQL {
  const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
  const patterns = scope.identifiers
    .filter((text) => text.trim().length >= 3)
    .map((t) => `%${escapeLike(t)}%`);
  const named = patterns.length
    ? sql`OR before::text ILIKE ANY(${textArray(patterns)}) OR after::text ILIKE ANY(${textArray(patterns)})`
    : sql``;
  return sql`organization_id = ${scope.organizationId} AND redacted_by IS NULL AND action NOT LIKE 'erasure.%'
    AND (${scope.accountId ? sql`actor_account_id = ${scope.accountId} OR` : sql``}
         target_id = ANY(${textArray(scope.targetIds)}) ${named})`;
}

/**
 * A text[] as ONE parameter (a JSON array), whatever its length: a person's records can run to
 * many thousands of ids, more than a statement's parameter limit.
 */
const textArray = (values: string[]) =>
  sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;

/** How many events an erasure would redact (its dry run). */
export async function countAuditRedactions(db: Db, scope: AuditRedactionScope): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM audit_events WHERE ${scopeCondition(scope)}`,
  );
  return row?.n ?? 0;
}

/**
 * Blanks the actor, target and payloads of the events in scope and marks them with the erasure
 * request, in the erasure's transaction. Version 2 rows keep verifying over their stored digest;
 * version 1 rows keep their hash and link (see verify.ts and ARCHITECTURE.md "Erasure").
 */
export async function redactAuditEvents(
  tx: Db,
  scope: AuditRedactionScope & { erasureRequestId: string },
): Promise<number> {
  const rows = await queryRows<{ seq: string }>(
    tx,
    sql`UPDATE audit_events
        SET actor_account_id = NULL, target_id = '', before = NULL, after = NULL,
            redacted_by = ${scope.erasureRequestId}
        WHERE ${scopeCondition(scope)}
        RETURNING seq::text AS seq`,
  );
  return rows.length;
}
