import { z } from 'zod';
import { uuidParam } from '../../../../contracts/common';
import { compCycleReleaseSummary } from '../../../../contracts/compensation/release';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { auditExport } from '../../../platform/export/pages';
import { type ExportFormat, sendTable, sheetNameOf } from '../../../platform/export/table';
import { type RouteModule, requireActor } from '../../../platform/http/types';
import { cycleAccess, logParticipantListAccess } from '../cycles/access';
import { planRelease } from './commands/releaseCycle';
import {
  assertPayrollAvailable,
  payrollAvailable,
  payrollColumns,
  payrollFileName,
  payrollLines,
} from './payroll';

const tags = ['compensation'];
const base = '/api/performance/compensation/cycles';
const cycleParams = z.object({ cycleId: uuidParam });

/**
 * The payroll lines of a cycle HR may export: 404 for anyone but HR (the cycle's door), 409 before
 * approval or for a sandbox; each listed person's compensation read goes to their access log.
 */
async function payrollFor(db: Db, actor: Actor, cycleId: string, format: ExportFormat) {
  const { row: cycle } = await cycleAccess.readFor(db, actor, cycleId);
  assertPayrollAvailable(cycle);
  const { lines, personIds } = await payrollLines(db, cycle);
  await logParticipantListAccess(db, actor, personIds);
  await auditExport(db, actor, {
    kind: 'payroll',
    targetType: 'comp_cycle',
    targetId: cycle.id,
    format,
    rows: lines.length,
  });
  return { cycle, lines };
}

/** A cycle's release for HR (issue 12 item 7): what it writes, and the payroll export. */
export const compReleaseRoutes: RouteModule = (app, { database }) => {
  const { db } = database;

  app.get(
    `${base}/:cycleId/release`,
    {
      schema: {
        tags,
        summary:
          "A cycle's release: how many pay records it writes (or wrote) and from when employees see them (HR admin)",
        params: cycleParams,
        response: { 200: compCycleReleaseSummary },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row: cycle } = await cycleAccess.readFor(db, actor, request.params.cycleId);
      const { counts } = await planRelease(db, { cycle });
      return {
        cycleId: cycle.id,
        state: cycle.state,
        sandbox: cycle.sandbox,
        effectiveDate: cycle.effectiveDate,
        visibilityDate: cycle.visibilityDate,
        releasedAt: cycle.releasedAt?.toISOString() ?? null,
        approved: counts.approved,
        payChanges: counts.payRecords,
        promotions: counts.promotions,
        bonuses: counts.bonuses,
        payrollAvailable: payrollAvailable(cycle),
      };
    },
  );

  app.get(
    `${base}/:cycleId/payroll.csv`,
    {
      schema: {
        tags,
        summary:
          'Payroll export (CSV): one line per person whose base changes or who gets a bonus (HR admin; approved, released or archived cycles)',
        params: cycleParams,
      },
    },
    async (request, reply) => {
      const { cycle, lines } = await payrollFor(db, requireActor(request), request.params.cycleId, 'csv');
      return sendTable(reply, {
        format: 'csv',
        fileName: payrollFileName(cycle.name, 'csv'),
        columns: payrollColumns,
        rows: lines,
      });
    },
  );

  app.get(
    `${base}/:cycleId/payroll.xlsx`,
    {
      schema: {
        tags,
        summary:
          'Payroll export (XLSX): one line per person whose base changes or who gets a bonus (HR admin; approved, released or archived cycles)',
        params: cycleParams,
      },
    },
    async (request, reply) => {
      const { cycle, lines } = await payrollFor(db, requireActor(request), request.params.cycleId, 'xlsx');
      return sendTable(reply, {
        format: 'xlsx',
        fileName: payrollFileName(cycle.name, 'xlsx'),
        columns: payrollColumns,
        rows: lines,
        sheetName: sheetNameOf(cycle.name, 'Payroll'),
      });
    },
  );
};
