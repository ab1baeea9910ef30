import { sql } from 'drizzle-orm';
import { growthRows } from '../../../growth/matrixRows';
import { payDataRows } from '../../../performance/compensation/payData/matrixRows';
import { oneOnOnesRows } from '../../../performance/oneOnOnes/matrixRows';
import { ApiClient } from '../../../testing/http';
import {
  type CanaryPlanting,
  prepareCanaryPlanting,
  responseFieldConstraints,
} from '../../dataClasses/planting';
import type { DataClass } from '../../dataClasses/registry';
import { canariesIn, resetCanaries } from '../../dataClasses/scanner';
import { type Db, queryRows } from '../../db/client';
import { sendNotificationDigests } from '../../notifications/digest';
import { flushNotificationEmails } from '../../notifications/notify';
import { type CaseResult, describeCase, type MatrixCase, type MatrixHarness } from './harness';
import { knownLeaks } from './knownLeaks';
import { type LeakFinding, leaksIn } from './leaks';
import { separatedClasses } from './types';

/**
 * Forgets earlier files' canaries and prepares planting for every separated class in the harness's
 * two organisations. Which response fields are constrained comes from the app's own OpenAPI
 * document (generated from the zod response schemas).
 */
export async function plantSeparatedClasses(harness: MatrixHarness): Promise<CanaryPlanting> {
  resetCanaries();
  const openApi = await new ApiClient(harness.server.baseUrl).get('/api/openapi.json');
  return prepareCanaryPlanting(harness.server.database.db, {
    organizationIds: harness.organizationIds,
    classes: [...separatedClasses],
    responseFields: responseFieldConstraints(openApi.body),
  });
}

/**
 * Runs the record makers of the rows whose records hold separated classes (growth, 1:1s for the
 * private notes, pay data) once for the employee and once for the peer, so list routes read planted data from
 * the first case on. Other rows' makers would change what later cases expect (a calibration
 * session gives the approver a scope), so they run only in their own cases.
 */
export async function seedSeparatedRecords(harness: MatrixHarness) {
  for (const row of [...growthRows, ...oneOnOnesRows, ...payDataRows]) {
    if (!row.params) continue;
    await harness.prepare(row, harness.cast.employee.id);
    await harness.prepare(row, harness.cast.peer.id);
  }
}

/**
 * Sends what the cases queued for mail: notification emails, and each person's daily digest (its
 * window is the organisation's morning, so the organisations move to a zone where it is 9 o'clock).
 * The outbox then holds everything a run can put there.
 */
export async function deliverMailAndDigests(harness: MatrixHarness) {
  const { db } = harness.server.database;
  const offset = ((9 - new Date().getUTCHours() + 36) % 24) - 12;
  const zone = offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
  for (const organizationId of harness.organizationIds) {
    await db.execute(
      sql`UPDATE organizations SET settings = settings || jsonb_build_object('defaultTimezone', ${zone}::text)
           WHERE id = ${organizationId}`,
    );
    await flushNotificationEmails(db, harness.server.mailer, { organizationId, limit: 10_000 });
    await sendNotificationDigests(db, harness.server.mailer, {
      appUrl: 'http://trellis.test',
      organizationId,
    });
  }
}

/**
 * Stored secrets in a body: any 64-hex-digit string that is a session's or a one-time token's hash.
 * Free for bodies without such strings (most), one query for the rest.
 */
export async function storedSecretsIn(db: Db, text: string): Promise<string[]> {
  const candidates = [...new Set(text.match(/[0-9a-f]{64}/g) ?? [])];
  if (!candidates.length) return [];
  const list = sql.join(
    candidates.map((c) => sql`${c}`),
    sql`, `,
  );
  const rows = await queryRows<{ kind: string }>(
    db,
    sql`SELECT 'session token hash' AS kind FROM sessions WHERE token_hash IN (${list})
        UNION ALL SELECT 'one-time token hash' FROM one_time_tokens WHERE token_hash IN (${list})`,
  );
  return rows.map((r) => r.kind);
}

const knownLeakKey = (k: { route: string; role: string; relation: string | null; dataClass: string }) =>
  `${k.route} as ${k.role} on ${k.relation ?? '-'}: ${k.dataClass}`;

/**
 * The matrix's verdict on one case: the expected status, and a body that carries nothing its row
 * does not allow. A 2xx body is held to its row's `carries`; any other body to the strictest row
 * (nothing separated). Credential data and stored secrets fail everywhere.
 */
export class CaseChecker {
  readonly failures: string[] = [];
  cases = 0;
  scannedBodies = 0;
  /** Per class: 2xx bodies that showed one of its canaries where the row allows it. */
  readonly seenWhereAllowed = new Map<DataClass, number>();
  private readonly leaksSeen = new Set<string>();
  private readonly organizationTables: ReadonlySet<string>;

  constructor(
    private readonly harness: MatrixHarness,
    planting: Pick<CanaryPlanting, 'organizationTables'>,
  ) {
    this.organizationTables = new Set(planting.organizationTables);
  }

  /** What the case's body leaks (known leaks included). */
  async leaks(c: MatrixCase, { response, secrets }: CaseResult): Promise<LeakFinding[]> {
    const ok = response.status >= 200 && response.status < 300;
    const findings = leaksIn(
      ok ? c.row : {},
      c.role,
      c.relation,
      response,
      { organizationTables: this.organizationTables },
      secrets,
    );
    for (const secret of await storedSecretsIn(this.harness.server.database.db, response.text))
      findings.push({ dataClass: 'credential', detail: `text carries a stored ${secret}` });
    return findings;
  }

  async check(c: MatrixCase, result: CaseResult) {
    const { response } = result;
    const name = describeCase(c);
    this.cases++;
    if (response.status >= 200 && response.status < 300) this.scannedBodies++;
    const findings = await this.leaks(c, result);
    if (response.status >= 200 && response.status < 300) {
      const shown = new Set(canariesIn(response.text).map((canary) => canary.dataClass));
      for (const dataClass of shown)
        if (!findings.some((f) => f.dataClass === dataClass))
          this.seenWhereAllowed.set(dataClass, (this.seenWhereAllowed.get(dataClass) ?? 0) + 1);
    }
    if (response.status !== c.expected)
      this.failures.push(
        `${name}: expected ${c.expected}, got ${response.status} ${response.text.slice(0, 160)}`,
      );
    for (const finding of findings) {
      const key = knownLeakKey({
        route: c.row.route,
        role: c.role,
        relation: c.relation,
        dataClass: finding.dataClass,
      });
      if (knownLeaks.some((k) => knownLeakKey(k) === key)) this.leaksSeen.add(key);
      else
        this.failures.push(`${name}: ${response.status} body leaks ${finding.dataClass}: ${finding.detail}`);
    }
  }

  /**
   * Known leaks no case showed: fixed, so they must leave `knownLeaks.ts`. `routes`: only the known
   * leaks of these routes (a shard answers for its own rows).
   */
  unseenKnownLeaks(routes?: ReadonlySet<string>) {
    return knownLeaks
      .filter((k) => !routes || routes.has(k.route))
      .map(knownLeakKey)
      .filter((key) => !this.leaksSeen.has(key));
  }
}
