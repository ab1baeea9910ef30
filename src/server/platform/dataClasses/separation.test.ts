import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { growthRows } from '../../growth/matrixRows';
import { calibrationRows } from '../../performance/calibration/matrixRows';
import { feedbackRows } from '../../performance/feedback/matrixRows';
import { goalsRows } from '../../performance/goals/matrixRows';
import { oneOnOnesRows } from '../../performance/oneOnOnes/matrixRows';
import { reviewsRows } from '../../performance/reviews/matrixRows';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { queryRows } from '../db/client';
import type { MatrixRow } from '../policy/matrix/types';
import { type DataClass, tableClassification } from './registry';
import { registerCanary, scanForDataClass, textCarriesDataClass } from './scanner';

/**
 * SPEC S1.1 as a test: with development, anonymous and confidential data present for a population,
 * no performance route carries any of it, for any role. The growth data is made by the growth
 * matrix rows' own `params` hooks (each creates the record its route is about), so every growth
 * record kind the app has is present; then every text column of every row of those classes in the
 * organisation gets a canary appended, and every performance GET route is read as every role.
 */
const separatedClasses: DataClass[] = ['development', 'anonymous', 'confidential', 'talent'];
const plantedClasses: DataClass[] = ['development', 'anonymous', 'talent'];
const performanceRows: MatrixRow[] = [
  ...goalsRows,
  ...oneOnOnesRows,
  ...feedbackRows,
  ...reviewsRows,
  ...calibrationRows,
];

let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

const subjects = () => [cast.employee, cast.employee2, cast.manager];

/** Runs every growth row's record maker for a few people of the organisation. */
async function createGrowthRecords() {
  let made = 0;
  for (const row of growthRows) {
    if (!row.params) continue;
    for (const subject of subjects()) {
      const unique = randomUUID().replaceAll('-', '').slice(0, 16);
      await row.params({
        personId: subject.id,
        unique,
        db: server.database.db,
        organizationId: cast.org.organizationId,
      });
      made++;
    }
  }
  return made;
}

/**
 * Columns that hold what people wrote. Kinds, states, URLs and emails are text columns too, but a
 * suffix there would only break the response schema (a 500), not test a leak.
 */
const contentColumn =
  /(^|_)(title|text|body|notes?|description|comments?|evidence|summary|answer|reason|outcome|content|prompt|name|behaviou?rs?|aspiration|statement)$/;

/** Appends a class canary to every text value of that class's rows in the organisation. */
async function plantCanaries() {
  const db = server.database.db;
  const planted: string[] = [];
  for (const [table, entry] of Object.entries(tableClassification)) {
    // Confidential 1:1 notes are read back by their author on the meeting page by design; their own
    // test proves nobody else sees them. Every other separated class is planted.
    if (!plantedClasses.includes(entry.dataClass)) continue;
    const columns = await queryRows<{ column_name: string; has_org: boolean }>(
      db,
      sql`SELECT c.column_name,
                 EXISTS (SELECT 1 FROM information_schema.columns o
                          WHERE o.table_schema = 'public' AND o.table_name = ${table}
                            AND o.column_name = 'organization_id') AS has_org
            FROM information_schema.columns c
           WHERE c.table_schema = 'public' AND c.table_name = ${table}
             AND c.data_type IN ('text', 'character varying')`,
    );
    for (const { column_name: column, has_org: hasOrg } of columns) {
      if (!contentColumn.test(column)) continue;
      const canary = `canary-${entry.dataClass}-${table}-${column}-${randomUUID().slice(0, 8)}`;
      registerCanary(entry.dataClass, canary);
      const scope = hasOrg ? sql`AND organization_id = ${cast.org.organizationId}` : sql``;
      // A column with a CHECK or length limit may refuse the suffix; its own transaction keeps the
      // rest of the planting going and the column is simply not planted.
      try {
        await db.transaction(async (tx) => {
          await tx.execute(
            sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = ${sql.identifier(column)} || ${` ${canary}`} WHERE ${sql.identifier(column)} IS NOT NULL ${scope}`,
          );
        });
        planted.push(`${table}.${column}`);
      } catch {
        // not plantable: a constrained value, not content
      }
    }
  }
  return planted;
}

function pathFor(row: MatrixRow, params: Record<string, string>, personId: string) {
  return (
    Object.entries(params).reduce(
      (filled, [name, value]) => filled.replace(`:${name}`, value),
      row.route.slice(4).replace(':personId', personId),
    ) + (row.query ?? '')
  );
}

describe('separation of performance from growth data (SPEC S1.1)', () => {
  it('no performance GET response carries development, anonymous, confidential or talent data, for any role', async () => {
    const made = await createGrowthRecords();
    const planted = await plantCanaries();
    // The growth track has records and text columns to plant; an empty run would prove nothing.
    expect(made).toBeGreaterThan(0);
    expect(planted.length).toBeGreaterThan(0);

    // The planted values are visible where they belong — the owner reading their own growth
    // records — so a clean scan below means "kept apart", not "nothing was planted".
    const owner = new ApiClient(server.baseUrl).withSession(
      await cast.org.sessionFor(cast.employee.accountId!),
    );
    let seenInGrowth = 0;
    for (const row of growthRows.filter((r) => r.route.startsWith('GET ') && !r.route.includes('/:'))) {
      const response = await owner.get(pathFor(row, {}, cast.employee.id));
      if (response.status === 200) seenInGrowth += scanForDataClass(response.body, 'development').length;
    }
    expect(seenInGrowth).toBeGreaterThan(0);

    const viewers = [
      cast.employee,
      cast.manager,
      cast.skip,
      cast.hr,
      cast.approver,
      cast.coach,
      cast.orgAdmin,
    ];
    const findings: string[] = [];
    let scanned = 0;
    for (const row of performanceRows.filter((r) => r.route.startsWith('GET '))) {
      for (const subject of subjects()) {
        const unique = randomUUID().replaceAll('-', '').slice(0, 16);
        const params =
          (await row.params?.({
            personId: subject.id,
            unique,
            db: server.database.db,
            organizationId: cast.org.organizationId,
          })) ?? {};
        const path = pathFor(row, params, subject.id);
        for (const viewer of viewers) {
          const client = new ApiClient(server.baseUrl).withSession(
            await cast.org.sessionFor(viewer.accountId!),
          );
          const response = await client.get(path);
          scanned++;
          for (const dataClass of separatedClasses) {
            for (const finding of scanForDataClass(response.body, dataClass))
              findings.push(`${row.route} as ${viewer.email}: ${finding.path} ${finding.reason}`);
            if (textCarriesDataClass(response.text, dataClass))
              findings.push(`${row.route} as ${viewer.email}: text carries ${dataClass} data`);
          }
        }
      }
    }
    expect(findings).toEqual([]);
    expect(scanned).toBeGreaterThan(200);
  }, 240_000);
});
