import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  type BandImportColumn,
  bandImportColumns,
  bandImportRequired,
} from '../../../../../contracts/compensation/payImport';
import { issue } from '../../../../../contracts/issues';
import { ErrorBook } from '../../../../org/import/errorBook';
import { loadImportContext } from '../../../../org/import/loadContext';
import { parseCsv } from '../../../../org/import/parseCsv';
import { type ImportReport, type ImportRowReport, summarise } from '../../../../org/import/report';
import { recordAuditEvents } from '../../../../platform/audit/record';
import type { Actor } from '../../../../platform/auth/actor';
import { type Db, queryRows } from '../../../../platform/db/client';
import { inTransaction } from '../../../../platform/db/tx';
import { bandAuditShape } from '../commands/addBandVersion';
import { compBands } from '../tables';
import { bandColumnOf, type ImportedBand, readBandRow } from './bandRows';

export interface ImportBandsOptions {
  /** The HR admin importing (the route checks the role). */
  actor: Actor;
  csv: string;
  /** Check and report without writing anything. */
  dryRun?: boolean;
}

const spec = { columns: bandImportColumns, required: bandImportRequired, noRows: issue('importNoRows') };
const ROWS_PER_INSERT = 2000;

/** One band's identity and date, as the band lookups compare it: family and zone without case. */
const keyOf = (band: Pick<ImportedBand, 'jobFamily' | 'levelId' | 'payZone' | 'effectiveFrom'>) =>
  [band.jobFamily.toLowerCase(), band.levelId, (band.payZone ?? '').toLowerCase(), band.effectiveFrom].join(
    '|',
  );

/**
 * Imports salary band versions from CSV, all or nothing, with the people import's per-row report.
 * A row for a band and date that already has a version is a new version that supersedes it from
 * that date (status `update`, the changed columns listed), unless it says the same, in which case
 * nothing is written for it. Bands name no person, so nothing lands on an access log.
 */
export async function importBandsCsv(db: Db, options: ImportBandsOptions): Promise<ImportReport> {
  const parsed = parseCsv<BandImportColumn>(options.csv, spec);
  if (!parsed.ok) {
    return summarise(
      [{ line: parsed.line, status: 'invalid', email: '', errors: parsed.errors, changes: [] }],
      false,
    );
  }
  const { actor } = options;
  const { organizationId } = actor;
  return inTransaction(db, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`band-import:${organizationId}`}))`);
    const context = await loadImportContext(tx, organizationId);
    const errors = new ErrorBook();
    const labels = new Map<number, string>();
    const bands: ImportedBand[] = [];
    const firstLineOf = new Map<string, number>();
    for (const row of parsed.rows) {
      const read = readBandRow(row, context);
      labels.set(row.line, read.label);
      errors.addAll(row.line, read.errors);
      if (!read.band) continue;
      const first = firstLineOf.get(keyOf(read.band));
      if (first !== undefined)
        errors.add(row.line, 'effective_from', issue('importSameBand', { line: first }));
      else firstLineOf.set(keyOf(read.band), row.line);
      bands.push(read.band);
    }
    const onFile = await versionsOnDates(tx, organizationId, bands);
    const changesByLine = new Map<number, string[]>();
    for (const band of bands) {
      const existing = onFile.get(keyOf(band));
      if (existing) changesByLine.set(band.line, changedColumns(existing, band));
    }
    const report = parsed.rows.map((row): ImportRowReport => {
      const rowErrors = errors.for(row.line);
      const changes = changesByLine.get(row.line);
      return {
        line: row.line,
        status: rowErrors.length > 0 ? 'invalid' : changes ? 'update' : 'create',
        email: labels.get(row.line) ?? '',
        errors: rowErrors,
        changes: rowErrors.length > 0 ? [] : (changes ?? []),
      };
    });
    const apply = errors.isEmpty && !options.dryRun;
    if (apply)
      await writeBands(
        tx,
        actor,
        bands.filter((band) => changesByLine.get(band.line)?.length !== 0),
      );
    return summarise(report, apply);
  });
}

type StoredBand = Pick<ImportedBand, 'currency' | 'minMinor' | 'targetMinor' | 'maxMinor'>;

/** The version in effect from each band and date of the file, where one exists. */
async function versionsOnDates(tx: Db, organizationId: string, bands: readonly ImportedBand[]) {
  const found = new Map<string, StoredBand>();
  if (bands.length === 0) return found;
  const dates = [...new Set(bands.map((band) => band.effectiveFrom))];
  const rows = await queryRows<{
    job_family: string;
    level_id: string;
    pay_zone: string | null;
    effective_from: string;
    currency: string;
    min_minor: string;
    target_minor: string | null;
    max_minor: string;
  }>(
    tx,
    sql`SELECT DISTINCT ON (lower(job_family), level_id, lower(coalesce(pay_zone, '')), effective_from)
               job_family, level_id, pay_zone, effective_from::text AS effective_from, currency,
               min_minor::text AS min_minor, target_minor::text AS target_minor, max_minor::text AS max_minor
          FROM comp_bands
         WHERE organization_id = ${organizationId} AND effective_from = ANY(${sql.param(dates)}::date[])
         ORDER BY lower(job_family), level_id, lower(coalesce(pay_zone, '')), effective_from,
                  created_at DESC, id DESC`,
  );
  for (const row of rows) {
    const key = keyOf({
      jobFamily: row.job_family,
      levelId: row.level_id,
      payZone: row.pay_zone,
      effectiveFrom: row.effective_from,
    });
    found.set(key, {
      currency: row.currency,
      minMinor: Number(row.min_minor),
      targetMinor: row.target_minor === null ? null : Number(row.target_minor),
      maxMinor: Number(row.max_minor),
    });
  }
  return found;
}

function changedColumns(existing: StoredBand, band: ImportedBand): string[] {
  return Object.entries(bandColumnOf)
    .filter(
      ([field]) => existing[field as keyof typeof bandColumnOf] !== band[field as keyof typeof bandColumnOf],
    )
    .map(([, column]) => column);
}

async function writeBands(tx: Db, actor: Actor, bands: readonly ImportedBand[]) {
  const written = bands.map(({ line, ...band }) => ({
    line,
    values: {
      ...band,
      id: randomUUID(),
      organizationId: actor.organizationId,
      createdByAccountId: actor.accountId,
    },
  }));
  for (let i = 0; i < written.length; i += ROWS_PER_INSERT) {
    await tx.insert(compBands).values(written.slice(i, i + ROWS_PER_INSERT).map((row) => row.values));
  }
  await recordAuditEvents(
    tx,
    actor.organizationId,
    written.map(({ line, values }) => ({
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'comp_band.imported',
      targetType: 'comp_band',
      targetId: values.id,
      after: { ...bandAuditShape(values), line },
    })),
  );
}
