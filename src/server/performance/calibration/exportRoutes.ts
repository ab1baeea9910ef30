import { z } from 'zod';
import type { CalibrationMove, GridCard } from '../../../contracts/calibration';
import { uuidParam } from '../../../contracts/common';
import { auditExport, collectPages } from '../../platform/export/pages';
import { type ExportColumn, exportFileName, sendTable } from '../../platform/export/table';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { logGridRead, logPeopleListed, sessionAccess } from './access';
import { presentGrid, presentMove } from './present';
import { gridRows, listMoves } from './queries';

/** One person of the grid as exported: the card's fields, ratings with their labels as on screen. */
export interface RatingLine {
  person: string;
  jobTitle: string;
  department: string;
  manager: string;
  proposedRating: number | null;
  proposedLabel: string;
  calibratedRating: number | null;
  calibratedLabel: string;
  overallScore: number | null;
  moved: string;
}

export const ratingColumns: readonly ExportColumn<RatingLine>[] = [
  { key: 'person', header: 'Person' },
  { key: 'jobTitle', header: 'Job title' },
  { key: 'department', header: 'Department' },
  { key: 'manager', header: 'Manager' },
  { key: 'proposedRating', header: 'Proposed rating', numeric: true },
  { key: 'proposedLabel', header: 'Proposed label' },
  { key: 'calibratedRating', header: 'Calibrated rating', numeric: true },
  { key: 'calibratedLabel', header: 'Calibrated label' },
  { key: 'overallScore', header: 'Overall score', numeric: true, numFmt: '0.00' },
  { key: 'moved', header: 'Moved' },
];

/** A rating's label on the session's scale (1-based), or empty. */
const labelOf = (labels: readonly string[], rating: number | null) =>
  rating === null ? '' : (labels[rating - 1] ?? '');

/** A grid card as an export line (pure). */
export function ratingLineOf(card: GridCard, labels: readonly string[]): RatingLine {
  return {
    person: card.person.displayName,
    jobTitle: card.person.jobTitle ?? '',
    department: card.department?.name ?? '',
    manager: card.manager?.displayName ?? '',
    proposedRating: card.proposedRating,
    proposedLabel: labelOf(labels, card.proposedRating),
    calibratedRating: card.calibratedRating,
    calibratedLabel: labelOf(labels, card.calibratedRating),
    overallScore: card.overallScore,
    moved: card.moved ? 'yes' : 'no',
  };
}

/** One move as exported: proposed (or previous) → calibrated, its direction and rationale. */
export interface MoveLine {
  person: string;
  fromRating: number | null;
  fromLabel: string;
  toRating: number;
  toLabel: string;
  direction: 'up' | 'down' | 'set';
  rationale: string;
  movedBy: string;
  movedAt: string;
}

export const moveColumns: readonly ExportColumn<MoveLine>[] = [
  { key: 'person', header: 'Person' },
  { key: 'fromRating', header: 'From rating', numeric: true },
  { key: 'fromLabel', header: 'From label' },
  { key: 'toRating', header: 'To rating', numeric: true },
  { key: 'toLabel', header: 'To label' },
  { key: 'direction', header: 'Direction' },
  { key: 'rationale', header: 'Rationale' },
  { key: 'movedBy', header: 'Moved by' },
  { key: 'movedAt', header: 'Moved at' },
];

/** A move as an export line (pure); a move from no rating is `set`. */
export function moveLineOf(move: CalibrationMove, labels: readonly string[]): MoveLine {
  return {
    person: move.person.displayName,
    fromRating: move.fromRating,
    fromLabel: labelOf(labels, move.fromRating),
    toRating: move.toRating,
    toLabel: labelOf(labels, move.toRating),
    direction: move.fromRating === null ? 'set' : move.toRating > move.fromRating ? 'up' : 'down',
    rationale: move.rationale,
    movedBy: move.movedBy?.displayName ?? '',
    movedAt: move.movedAt,
  };
}

const sessionParams = z.object({ sessionId: uuidParam });
const base = '/api/calibration/sessions/:sessionId';

/**
 * A session's downloads (issue 14 item 9) behind the session's own door (HR and its assigned
 * approvers; anyone else 404): the grid's ratings as CSV or XLSX, the moves as CSV. Each logs the
 * people it shows as the screen does, and the audit trail records the download.
 */
export const calibrationExportRoutes: RouteModule = (app, { database }) => {
  const { db } = database;

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `${base}/ratings.${format}`,
      {
        schema: {
          tags: ['calibration'],
          summary: `The grid's proposed and calibrated ratings as ${format.toUpperCase()} (HR and the session's approvers; each person's access log records the read)`,
          params: sessionParams,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { row: session } = await sessionAccess.readFor(db, actor, request.params.sessionId);
        const grid = presentGrid(session, await gridRows(db, session.id));
        await logGridRead(db, actor, session.id);
        const rows = grid.cards.map((card) => ratingLineOf(card, grid.ratingLabels));
        await auditExport(db, actor, {
          kind: 'calibrated_ratings',
          targetType: 'calibration_session',
          targetId: session.id,
          format,
          rows: rows.length,
        });
        return sendTable(reply, {
          format,
          fileName: exportFileName('calibrated-ratings', session.name, format, 'session'),
          columns: ratingColumns,
          rows,
          sheetName: 'Calibrated ratings',
        });
      },
    );
  }

  app.get(
    `${base}/moves.csv`,
    {
      schema: {
        tags: ['calibration'],
        summary:
          "The session's rating moves as CSV, newest first, with direction and rationale (HR and the session's approvers; each person's access log records the read)",
        params: sessionParams,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { row: session } = await sessionAccess.readFor(db, actor, request.params.sessionId);
      const moves = await collectPages(
        async (cursor, pageSize) => {
          const page = Number(cursor ?? 1);
          const { rows, total } = await listMoves(db, session.id, page, pageSize);
          return { items: rows, nextCursor: page * pageSize < total ? String(page + 1) : null };
        },
        {
          onPage: (rows) =>
            logPeopleListed(
              db,
              actor,
              rows.map((row) => row.subject_id),
              'calibration moves',
            ),
        },
      );
      const rows = moves.map((row) => moveLineOf(presentMove(row), session.rating_labels));
      await auditExport(db, actor, {
        kind: 'calibration_moves',
        targetType: 'calibration_session',
        targetId: session.id,
        format: 'csv',
        rows: rows.length,
      });
      return sendTable(reply, {
        format: 'csv',
        fileName: exportFileName('calibration-moves', session.name, 'csv', 'session'),
        columns: moveColumns,
        rows,
      });
    },
  );
};
