import { type GoalSummary, goalExportQuery } from '../../../contracts/goals';
import { actorToday } from '../../platform/clock';
import { auditExport, collectPages } from '../../platform/export/pages';
import { type ExportColumn, exportFileName, sendTable } from '../../platform/export/table';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { goalListPage } from './list';

/** One goal as exported: the list's fields (no description, key results or check-in notes). */
export interface GoalLine {
  title: string;
  level: string;
  owner: string;
  department: string;
  periodStart: string;
  periodEnd: string;
  visibility: string;
  status: string;
  health: string;
  progress: number;
  childCount: number;
}

export const goalColumns: readonly ExportColumn<GoalLine>[] = [
  { key: 'title', header: 'Goal' },
  { key: 'level', header: 'Level' },
  { key: 'owner', header: 'Owner' },
  { key: 'department', header: 'Department' },
  { key: 'periodStart', header: 'Period start' },
  { key: 'periodEnd', header: 'Period end' },
  { key: 'visibility', header: 'Visibility' },
  { key: 'status', header: 'Status' },
  { key: 'health', header: 'Health' },
  { key: 'progress', header: 'Progress %', numeric: true },
  { key: 'childCount', header: 'Aligned goals', numeric: true },
];

/** A goal of the list as an export line (pure). */
export function goalLineOf(goal: GoalSummary): GoalLine {
  return {
    title: goal.title,
    level: goal.level,
    owner: goal.ownerPerson?.name ?? '',
    department: goal.ownerDepartment?.name ?? '',
    periodStart: goal.periodStart,
    periodEnd: goal.periodEnd,
    visibility: goal.visibility,
    status: goal.status,
    health: goal.health ?? '',
    progress: goal.progress,
    childCount: goal.childCount,
  };
}

/** The list's largest page. */
const PAGE_SIZE = 100;

/**
 * The goals list as CSV (issue 14 item 9): the caller's own goals or, `scope=team`, their direct
 * reports', with the list's filters and the list's reach (a goal the caller may not read never
 * appears). The download goes to the audit trail.
 */
export const goalExportRoutes: RouteModule = (app, { database }) => {
  const { db } = database;
  app.get(
    '/api/goals.csv',
    {
      schema: {
        tags: ['goals'],
        summary: 'My goals, or my direct reports’ goals, as CSV (the goals list with its filters)',
        querystring: goalExportQuery,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const today = await actorToday(db, actor);
      const goals = await collectPages(
        async (cursor, pageSize) => {
          const page = Number(cursor ?? 1);
          const { items, total } = await goalListPage(db, actor, { ...request.query, today, page, pageSize });
          return { items, nextCursor: page * pageSize < total ? String(page + 1) : null };
        },
        { pageSize: PAGE_SIZE },
      );
      const rows = goals.map(goalLineOf);
      await auditExport(db, actor, {
        kind: 'goals',
        targetType: 'goal_list',
        targetId: actor.personId ?? actor.accountId,
        format: 'csv',
        rows: rows.length,
        filters: request.query,
      });
      return sendTable(reply, {
        format: 'csv',
        fileName: exportFileName('goals', `${request.query.scope}-${today}`, 'csv'),
        columns: goalColumns,
        rows,
      });
    },
  );
};
