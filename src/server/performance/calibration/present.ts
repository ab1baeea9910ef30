import {
  type CalibrationGrid,
  type CalibrationMove,
  type GridCard,
  guidelineTolerancePoints,
  type SessionAbilities,
  type SessionDetail,
  type SessionSummary,
} from '../../../contracts/calibration';
import { distribution, leniency, mean, withinTolerance } from './analysis';
import { type ApproverRow, type GridRow, type MoveRow, type SessionRow, toIso } from './queries';

export function presentSessionSummary(row: SessionRow): SessionSummary {
  return {
    id: row.id,
    name: row.name,
    cycle: { id: row.cycle_id, name: row.cycle_name },
    state: row.state,
    reviewCount: row.review_count,
    approverCount: row.approver_count,
    signedOffCount: row.signed_off_count,
    createdAt: toIso(row.created_at)!,
    lockedAt: toIso(row.locked_at),
  };
}

export function presentSessionDetail(
  row: SessionRow,
  extra: {
    approvers: ApproverRow[];
    departments: { id: string; name: string }[];
    levels: { id: string; name: string }[];
    counts: { ready: number; notReady: number };
    abilities: SessionAbilities;
    incompleteSignOffAllowed: boolean;
  },
): SessionDetail {
  const open = row.state === 'open';
  return {
    ...presentSessionSummary(row),
    version: row.version,
    population: { departments: extra.departments, levels: extra.levels },
    ratingLabels: row.rating_labels,
    guideline: row.guideline,
    guidelineRequired: row.guideline_required,
    guidelineTolerance: guidelineTolerancePoints,
    leniencyThreshold: Number(row.leniency_threshold),
    facilitator:
      row.facilitator_id && row.facilitator_name
        ? { id: row.facilitator_id, displayName: row.facilitator_name }
        : null,
    approvers: extra.approvers.map((a) => ({
      id: a.approver_id,
      displayName: a.display_name,
      signedOffAt: toIso(a.signed_off_at),
      comment: a.comment,
    })),
    notReadyCount: open ? extra.counts.notReady : 0,
    readyCount: open ? extra.counts.ready : 0,
    populationCount: row.review_count + (open ? extra.counts.ready + extra.counts.notReady : 0),
    incompleteSignOffAllowed: extra.incompleteSignOffAllowed,
    abilities: extra.abilities,
  };
}

export function presentCard(row: GridRow): GridCard {
  return {
    reviewId: row.review_id,
    version: row.version,
    person: { id: row.subject_id, displayName: row.subject_name, jobTitle: row.job_title },
    department: row.department_id ? { id: row.department_id, name: row.department_name ?? '' } : null,
    manager:
      row.manager_id && row.manager_name ? { id: row.manager_id, displayName: row.manager_name } : null,
    proposedRating: row.proposed_rating,
    calibratedRating: row.calibrated_rating,
    overallScore: row.overall_score === null ? null : Number(row.overall_score),
    moved: row.moved,
  };
}

export function presentGrid(session: SessionRow, rows: GridRow[]): CalibrationGrid {
  const cards = rows.map(presentCard);
  const labels = session.rating_labels;
  const { bars, maxDeviation } = distribution(
    cards.map((card) => card.calibratedRating),
    labels,
    session.guideline,
  );
  return {
    sessionId: session.id,
    sessionVersion: session.version,
    ratingLabels: labels,
    cards,
    distribution: bars,
    meanProposed: mean(cards.map((card) => card.proposedRating)),
    meanCalibrated: mean(cards.map((card) => card.calibratedRating)),
    maxDeviation,
    withinGuideline: session.guideline ? withinTolerance(maxDeviation, guidelineTolerancePoints) : null,
    leniency: leniency(cards, Number(session.leniency_threshold)),
  };
}

export function presentMove(row: MoveRow): CalibrationMove {
  return {
    id: row.id,
    reviewId: row.review_id,
    person: { id: row.subject_id, displayName: row.subject_name },
    fromRating: row.from_rating,
    toRating: row.to_rating,
    rationale: row.rationale,
    movedBy: row.moved_by && row.moved_by_name ? { id: row.moved_by, displayName: row.moved_by_name } : null,
    movedAt: toIso(row.moved_at)!,
  };
}
