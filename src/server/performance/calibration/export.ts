import type { ExportContext, ExportFile, PersonalDataExporter } from '../../platform/export/types';
import { personReviewsFor } from '../reviews/access';
import { logPeopleListed, sessionAccess } from './access';
import { presentMove } from './present';
import { listMoves } from './queries';

const ALL = 10_000;

/**
 * Calibration never reaches the person it calibrates (SPEC S3.5): the moves of their rating and the
 * rationale written for each are HR's. In HR's export on request they are listed apart, for review
 * and redaction, read through the session's guard as HR reads them on the session screen.
 */
export const calibrationExporter: PersonalDataExporter = {
  kind: 'calibration',
  async collect({ db, subject, reviewer }: ExportContext) {
    if (!reviewer || !subject.personId) return { visible: [] };
    const reviews = await personReviewsFor(db, reviewer, subject.personId, {
      resource: 'calibration moves (for HR review of a data export)',
    });
    const reviewIds = new Set(reviews.map(({ review }) => review.id));
    const sessionIds = new Set(reviews.flatMap(({ review }) => review.calibrationSessionId ?? []));
    const moves = [];
    for (const sessionId of sessionIds) {
      const { row: session } = await sessionAccess.readFor(db, reviewer, sessionId);
      const { rows } = await listMoves(db, session.id, 1, ALL);
      moves.push(...rows.filter((row) => reviewIds.has(row.review_id)).map(presentMove));
    }
    if (moves.length) await logPeopleListed(db, reviewer, [subject.personId], 'calibration moves');
    const file: ExportFile = {
      name: 'calibration-moves.json',
      title: 'Calibration moves of their ratings',
      dataClass: 'performance',
      records: moves,
    };
    return { visible: [], forHrReview: [file] };
  },
};
