import { sql } from 'drizzle-orm';
import { importPeopleCsv } from '../src/server/org/import/importPeopleCsv';
import { type Db, queryRows } from '../src/server/platform/db/client';

export interface ImportFigures {
  rows: number;
  /** Seconds to check every row against the organisation without writing (`--dry-run`). */
  dryRun: number;
  /** Seconds to check and apply. */
  applied: number;
}

/**
 * A realistic HR file at this size: 500 title changes for existing people and 500 new joiners,
 * imported as the command line does it (there is no import route yet).
 */
export async function timeImport(db: Db, organizationId: string): Promise<ImportFigures> {
  const existing = await queryRows<{
    employee_id: string;
    email: string;
    given_name: string;
    family_name: string;
    hire_date: string;
    manager_email: string;
  }>(
    db,
    sql`SELECT p.employee_id, p.email, p.given_name, p.family_name, p.hire_date::text, m.email AS manager_email
        FROM people p JOIN people m ON m.id = p.manager_id
        WHERE p.organization_id = ${organizationId} AND p.status = 'active' AND m.status = 'active'
        ORDER BY p.employee_id LIMIT 1000`,
  );
  const lines = ['employee_id,email,given_name,family_name,job_title,hire_date,manager_email'];
  const updates = existing.slice(0, 500);
  const joiners = existing.slice(500);
  if (joiners.length < 100) throw new Error('The organisation is too small for the import benchmark.');
  updates.forEach((p) => {
    lines.push(
      `${p.employee_id},${p.email},${p.given_name},${p.family_name},Programme Lead,${p.hire_date},${p.manager_email}`,
    );
  });
  joiners.forEach((p, index) => {
    lines.push(
      `NEW-${index},joiner${index}@bench.test,New,Joiner ${index},Analyst,2026-11-02,${p.manager_email}`,
    );
  });
  const csv = lines.join('\n');
  const timed = async (dryRun: boolean) => {
    const started = performance.now();
    const report = await importPeopleCsv(db, { organizationId, actorAccountId: null, csv, dryRun });
    if (report.invalid > 0) {
      throw new Error(
        `benchmark import file is invalid: ${JSON.stringify(report.rows.find((r) => r.errors.length))}`,
      );
    }
    if (!dryRun && (report.created !== joiners.length || report.updated !== updates.length)) {
      throw new Error(`benchmark import did not apply as planned: ${JSON.stringify(report)}`);
    }
    return (performance.now() - started) / 1000;
  };
  const dryRun = await timed(true);
  const applied = await timed(false);
  console.log(
    `  import of ${lines.length - 1} rows: check only ${dryRun.toFixed(2)} s, check and apply ${applied.toFixed(2)} s`,
  );
  return { rows: lines.length - 1, dryRun, applied };
}
