import type {
  PipCheckIn,
  PipDetail,
  PipResponse,
  PipRevision,
  PipSectionChange,
  PipSummary,
} from '../../../contracts/improvementPlans';
import { type PersonRef, peopleRefs } from '../../org/peopleRefs';
import type { Db } from '../../platform/db/client';
import {
  awaitingAcknowledgement,
  type PipAudience,
  type PipPolicy,
  reasonVisibility,
  seesVisibility,
} from './policy';
import type {
  CheckInRow,
  listResponses,
  listRevisions,
  PlanListRow,
  PlanParts,
  PlanRow,
  SectionChangeRow,
} from './queries';
import { daysBetween } from './schedule';
import type { PipVisibility } from './tables';

const ref = (refs: Map<string, PersonRef>, id: string | null) => {
  const found = id ? refs.get(id) : undefined;
  return found ? { id: found.id, displayName: found.displayName } : null;
};

/** A check-in as the reader may see it: the notes only when their visibility admits the reader. */
function presentCheckIn(
  audience: PipAudience,
  row: CheckInRow,
  refs: Map<string, PersonRef>,
  today: string,
): PipCheckIn {
  const recorded = row.recordedAt !== null;
  const notesShown = recorded && seesVisibility(audience, row.notesVisibility);
  return {
    id: row.id,
    scheduledOn: row.scheduledOn,
    status: recorded ? 'recorded' : row.scheduledOn < today ? 'missed' : 'upcoming',
    recordedAt: row.recordedAt?.toISOString() ?? null,
    recordedBy: ref(refs, row.recordedById),
    summary: row.summary,
    ...(notesShown ? { notes: row.notes, notesVisibility: row.notesVisibility } : {}),
    version: row.version,
  };
}

/**
 * A plan as its reader may see it (fields listed one by one, GUIDE 4). Sections the reader may not
 * read are left out, not emptied; the reason is there for HR and the manager chain, and for the
 * employee only when HR chose so.
 */
export async function presentPlan(
  db: Db,
  plan: PlanRow,
  parts: PlanParts,
  policy: PipPolicy,
  today: string,
): Promise<PipDetail> {
  const audience = policy.audience;
  if (audience === null) throw new Error('presentPlan: a plan the caller may not read');
  const refs = await peopleRefs(db, plan.organizationId, [
    plan.employeeId,
    plan.managerId,
    plan.createdById,
    ...parts.checkIns.map((c) => c.recordedById),
  ]);
  const sees = (visibility: PipVisibility) => seesVisibility(audience, visibility);
  const { read: _read, logAccess: _log, audience: _audience, ...abilities } = policy;
  return {
    id: plan.id,
    audience,
    employee: ref(refs, plan.employeeId) ?? { id: plan.employeeId, displayName: '' },
    manager: ref(refs, plan.managerId),
    createdBy: ref(refs, plan.createdById),
    state: plan.state,
    ...(sees(reasonVisibility(plan)) ? { reason: plan.reason } : {}),
    reasonVisibleToEmployee: plan.reasonVisibleToEmployee,
    startDate: plan.startDate,
    endDate: plan.endDate,
    originalEndDate: plan.originalEndDate,
    durationDays: daysBetween(plan.startDate, plan.endDate),
    ...(sees(plan.expectationsVisibility)
      ? {
          expectations: {
            visibility: plan.expectationsVisibility,
            items: parts.expectations.map((e) => ({
              id: e.id,
              statement: e.statement,
              measure: e.measure,
              evidence: e.evidence,
              dueOn: e.dueOn,
            })),
          },
        }
      : {}),
    ...(sees(plan.supportVisibility)
      ? {
          support: {
            visibility: plan.supportVisibility,
            items: parts.supports.map((s) => ({
              id: s.id,
              kind: s.kind,
              description: s.description,
              catalogueItemId: s.learningItemId,
            })),
          },
        }
      : {}),
    ...(sees(plan.checkInsVisibility)
      ? {
          checkIns: {
            visibility: plan.checkInsVisibility,
            schedule: plan.checkInSchedule,
            items: parts.checkIns.map((c) => presentCheckIn(audience, c, refs, today)),
          },
        }
      : {}),
    revision: plan.revision,
    awaitingAcknowledgement: awaitingAcknowledgement.includes(plan.state),
    acknowledgedRevision: plan.acknowledgedRevision,
    acknowledgedAt: plan.acknowledgedAt?.toISOString() ?? null,
    publishedAt: plan.publishedAt?.toISOString() ?? null,
    outcome: plan.outcome,
    outcomeRationale: plan.outcomeRationale,
    closedAt: plan.closedAt?.toISOString() ?? null,
    version: plan.version,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
    abilities,
  };
}

/** A list row; the next check-in day only for readers of the check-in section. */
export function presentSummary(audience: PipAudience, row: PlanListRow): PipSummary {
  return {
    id: row.id,
    employee: { id: row.employeeId, displayName: row.employeeName },
    manager: row.managerId ? { id: row.managerId, displayName: row.managerName ?? '' } : null,
    state: row.state,
    startDate: row.startDate,
    endDate: row.endDate,
    awaitingAcknowledgement: awaitingAcknowledgement.includes(row.state),
    nextCheckInOn: seesVisibility(audience, row.checkInsVisibility) ? row.nextCheckInOn : null,
    outcome: row.outcome,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * One section's change as the reader may see it: each side only if its visibility admits them,
 * and nothing at all when neither does.
 */
export function presentChange(audience: PipAudience, change: SectionChangeRow): PipSectionChange | null {
  const before = seesVisibility(audience, change.beforeVisibility);
  const after = seesVisibility(audience, change.afterVisibility);
  if (!before && !after) return null;
  return {
    section: change.section,
    ...(before ? { before: change.before } : {}),
    ...(after ? { after: change.after } : {}),
  };
}

type RevisionPage = Awaited<ReturnType<typeof listRevisions>>;
export async function presentRevisions(
  db: Db,
  organizationId: string,
  audience: PipAudience,
  page: RevisionPage,
): Promise<PipRevision[]> {
  const refs = await peopleRefs(
    db,
    organizationId,
    page.revisions.map(({ revision }) => revision.changedById),
  );
  const order = ['reason', 'dates', 'expectations', 'support', 'checkInSchedule'];
  return page.revisions.flatMap(({ revision, changes, acknowledgedAt }) => {
    const shown = changes
      .sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section))
      .map((change) => presentChange(audience, change))
      .filter((change): change is PipSectionChange => change !== null);
    // An edit of parts the reader does not read is not theirs to see at all: an empty entry would
    // tell them that something hidden from them changed.
    if (revision.kind === 'edited' && shown.length === 0) return [];
    return [
      {
        number: revision.number,
        kind: revision.kind,
        at: revision.at.toISOString(),
        by: ref(refs, revision.changedById),
        changes: shown,
        acknowledgedAt: acknowledgedAt?.toISOString() ?? null,
      },
    ];
  });
}

type ResponseRow = Pick<
  Awaited<ReturnType<typeof listResponses>>['rows'][number],
  'id' | 'body' | 'withRevision' | 'createdAt'
>;
export const presentResponse = (row: ResponseRow): PipResponse => ({
  id: row.id,
  body: row.body,
  withRevision: row.withRevision,
  createdAt: row.createdAt.toISOString(),
});
