import { z } from 'zod';
import { uuidParam } from '../../../../contracts/common';
import { minorToDecimal, minorUnitExponent } from '../../../../contracts/compensation';
import { type CompProposal, compProposalExportQuery } from '../../../../contracts/compensation/proposals';
import { auditExport, collectPages } from '../../../platform/export/pages';
import { type ExportColumn, exportFileName, sendTable } from '../../../platform/export/table';
import { type RouteModule, requireActor } from '../../../platform/http/types';
import { proposalListAccess } from './access';
import { proposalGridPage } from './grid';

/** One line of the pay-outcomes export: the grid's own fields, amounts in major units. */
export interface OutcomeLine {
  familyName: string;
  givenName: string;
  eligibility: string;
  currency: string;
  calibratedRating: number | null;
  currentBase: string;
  state: string;
  meritPercent: string;
  meritNewBase: string;
  promotionNewBase: string;
  market: string;
  bonus: string;
  resultingBase: string;
  outsideGuideline: string;
  submittedAt: string;
  approvedAt: string;
  justification: string;
}

const money = { numeric: true, numFmt: (line: OutcomeLine) => moneyFormat(line.currency) } as const;

/** The currency's minor digits as a number format: "0.00" for EUR, "0" for JPY. */
function moneyFormat(currency: string) {
  const digits = currency ? minorUnitExponent(currency) : 2;
  return digits === 0 ? '0' : `0.${'0'.repeat(digits)}`;
}

export const outcomeColumns: readonly ExportColumn<OutcomeLine>[] = [
  { key: 'familyName', header: 'Family name' },
  { key: 'givenName', header: 'Given name' },
  { key: 'eligibility', header: 'Eligibility' },
  { key: 'currency', header: 'Currency' },
  { key: 'calibratedRating', header: 'Calibrated rating', numeric: true },
  { key: 'currentBase', header: 'Current base', ...money },
  { key: 'state', header: 'Proposal state' },
  { key: 'meritPercent', header: 'Merit %', numeric: true, numFmt: '0.00' },
  { key: 'meritNewBase', header: 'Merit new base', ...money },
  { key: 'promotionNewBase', header: 'Promotion new base', ...money },
  { key: 'market', header: 'Market adjustment', ...money },
  { key: 'bonus', header: 'Bonus', ...money },
  { key: 'resultingBase', header: 'Resulting base', ...money },
  { key: 'outsideGuideline', header: 'Outside guideline' },
  { key: 'submittedAt', header: 'Submitted at' },
  { key: 'approvedAt', header: 'Approved at' },
  { key: 'justification', header: 'Justification' },
];

/** A grid row as an export line (pure): exactly the fields the grid shows, nothing else. */
export function outcomeLineOf(row: CompProposal): OutcomeLine {
  const currency = row.currency ?? '';
  const amount = (minor: number | null | undefined) =>
    minor === null || minor === undefined || !currency ? '' : minorToDecimal(minor, currency);
  return {
    familyName: row.familyName,
    givenName: row.givenName,
    eligibility: row.eligibility,
    currency,
    calibratedRating: row.calibratedRating,
    currentBase: amount(row.currentBaseMinor),
    state: row.state ?? 'none',
    meritPercent: row.merit?.percent ?? '',
    meritNewBase: amount(row.merit?.newBaseMinor),
    promotionNewBase: amount(row.promotion?.newBaseMinor),
    market: amount(row.marketMinor),
    bonus: amount(row.bonusMinor),
    resultingBase: amount(row.resultingBaseMinor),
    outsideGuideline: row.flags.outsideGuideline ? 'yes' : 'no',
    submittedAt: row.submittedAt ?? '',
    approvedAt: row.approval.approvedAt ?? '',
    justification: row.justification ?? '',
  };
}

const cycles = '/api/performance/compensation/cycles';

/**
 * The planning grid's download (issue 14 item 9): the same door as the grid (HR and the approval
 * team everyone, a manager their snapshot subtree, anyone else 404), the same filters, every page;
 * each listed person's access log records the read, and the audit trail the download.
 */
export const compProposalExportRoutes: RouteModule = (app, { database }) => {
  const { db } = database;
  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `${cycles}/:cycleId/proposals.${format}`,
      {
        schema: {
          tags: ['compensation'],
          summary: `The planning grid as ${format.toUpperCase()}: the pay outcome of each participant the caller may plan or approve, with the grid's filters (each listed person's access log records the read)`,
          params: z.object({ cycleId: uuidParam }),
          querystring: compProposalExportQuery,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const access = await proposalListAccess(db, actor, request.params.cycleId);
        const items = await collectPages((cursor, limit) =>
          proposalGridPage(db, actor, access, { ...request.query, limit, cursor: cursor ?? undefined }),
        );
        const rows = items.map(outcomeLineOf);
        await auditExport(db, actor, {
          kind: 'pay_outcomes',
          targetType: 'comp_cycle',
          targetId: access.cycle.id,
          format,
          rows: rows.length,
          filters: request.query,
        });
        return sendTable(reply, {
          format,
          fileName: exportFileName('pay-outcomes', access.cycle.name, format, 'cycle'),
          columns: outcomeColumns,
          rows,
          sheetName: 'Pay outcomes',
        });
      },
    );
  }
};
