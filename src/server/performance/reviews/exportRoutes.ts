import { z } from 'zod';
import { uuidParam } from '../../../contracts/common';
import { type CycleReviewRow, cycleReviewsExportQuery } from '../../../contracts/reviews';
import { auditExport, collectPages } from '../../platform/export/pages';
import { type ExportColumn, exportFileName, sendTable } from '../../platform/export/table';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { reviewCycleAccess } from './access';
import { cycleReviewList } from './reviewList';
import { requireHr } from './templateRoutes';

/** One review's status as exported: who, where at launch, whose review, how far — never content. */
export interface ReviewStatusLine {
  person: string;
  jobTitle: string;
  department: string;
  manager: string;
  state: string;
  selfSubmitted: string;
  managerSubmitted: string;
  acknowledgedAt: string;
}

export const reviewStatusColumns: readonly ExportColumn<ReviewStatusLine>[] = [
  { key: 'person', header: 'Person' },
  { key: 'jobTitle', header: 'Job title' },
  { key: 'department', header: 'Department at launch' },
  { key: 'manager', header: 'Manager (reviewer)' },
  { key: 'state', header: 'State' },
  { key: 'selfSubmitted', header: 'Self review submitted' },
  { key: 'managerSubmitted', header: 'Manager review submitted' },
  { key: 'acknowledgedAt', header: 'Acknowledged at' },
];

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** A row of HR's review list as an export line (pure): the list's fields, nothing more. */
export function reviewStatusLineOf(row: CycleReviewRow): ReviewStatusLine {
  return {
    person: row.subject.displayName,
    jobTitle: row.subject.jobTitle ?? '',
    department: row.department ?? '',
    manager: row.reviewer?.displayName ?? '',
    state: row.state,
    selfSubmitted: yesNo(row.selfSubmitted),
    managerSubmitted: yesNo(row.managerSubmitted),
    acknowledgedAt: row.acknowledgedAt ?? '',
  };
}

/** The most rows the list's statement reads at once. */
const PAGE_SIZE = 100;

/**
 * The review status of a cycle as CSV (issue 14 item 9): HR's cycle review list with its filters,
 * every page, behind the same door (HR only: 403 for other roles, 404 for another organisation's
 * cycle). Progress only: no answer or rating is read. The download goes to the audit trail.
 */
export const reviewExportRoutes: RouteModule = (app, { database }) => {
  const { db } = database;
  app.get(
    '/api/review-cycles/:cycleId/reviews.csv',
    {
      schema: {
        tags: ['review cycles'],
        summary:
          'The review status of every participant as CSV: department at launch, reviewer, state, which parts are submitted (HR)',
        params: z.object({ cycleId: uuidParam }),
        querystring: cycleReviewsExportQuery,
      },
    },
    async (request, reply) => {
      const actor = requireHr(requireActor(request));
      const { row } = await reviewCycleAccess.readFor(db, actor, request.params.cycleId);
      const items = await collectPages(
        async (cursor, pageSize) =>
          cycleReviewList(db, row, {
            ...request.query,
            page: 1,
            pageSize,
            ...(cursor ? { after: cursor } : {}),
          }).then((page) => ({ items: page.items, nextCursor: page.nextCursor })),
        { pageSize: PAGE_SIZE },
      );
      const rows = items.map(reviewStatusLineOf);
      await auditExport(db, actor, {
        kind: 'review_status',
        targetType: 'review_cycle',
        targetId: row.cycle.id,
        format: 'csv',
        rows: rows.length,
        filters: request.query,
      });
      return sendTable(reply, {
        format: 'csv',
        fileName: exportFileName('review-status', row.cycle.name, 'csv', 'cycle'),
        columns: reviewStatusColumns,
        rows,
      });
    },
  );
};
