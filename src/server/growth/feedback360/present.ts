import { and, eq } from 'drizzle-orm';
import {
  type AnonymousGroup,
  type Approval360,
  anonymousGroups,
  type Request360,
  type Request360Summary,
  type Task360,
} from '../../../contracts/feedback360';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { request360Policy } from './policy';
import {
  groupCounts,
  namesOf,
  nominationsOf,
  questionsOf,
  type Request360Row,
  type Task360Row,
} from './queries';
import { feedback360Tasks } from './tables';

const unknownName = { displayName: '', jobTitle: '' };

async function subjectRefs(db: Db, organizationId: string, rows: { subjectId: string }[]) {
  const names = await namesOf(
    db,
    organizationId,
    rows.map((r) => r.subjectId),
  );
  return (id: string) => ({ id, ...(names.get(id) ?? unknownName) });
}

/**
 * Progress as the subject sees it. Per group: how many were invited (the subject chose them) and,
 * only once the group has reached its threshold, how many answered. Below the threshold the answer
 * is "not enough yet" — never 0, 1 or 2 — and there is no overall total, so nothing about a small
 * group can be learned by subtraction or by watching one count move.
 */
export function progressOf(
  thresholds: Request360Row['anonymityThresholds'],
  counts: { invited: Map<string, number>; answered: Map<string, number> },
) {
  return anonymousGroups
    .filter((group) => (counts.invited.get(group) ?? 0) > 0)
    .map((group: AnonymousGroup) => {
      const answered = counts.answered.get(group) ?? 0;
      const enough = answered >= thresholds[group];
      return {
        group,
        invited: counts.invited.get(group) ?? 0,
        threshold: thresholds[group],
        enough,
        answered: enough ? answered : null,
      };
    });
}

/** The subject's full view of their 360 (nominees by name only, progress per the rule above). */
export async function presentRequest(db: Db, actor: Actor, row: Request360Row): Promise<Request360> {
  const [names, nominations, questions, counts, selfTask] = await Promise.all([
    namesOf(db, row.organizationId, [row.subjectId, row.approverId, row.coachId]),
    nominationsOf(db, row.id),
    questionsOf(db, row.id),
    groupCounts(db, row.id),
    db
      .select({ status: feedback360Tasks.status })
      .from(feedback360Tasks)
      .where(and(eq(feedback360Tasks.requestId, row.id), eq(feedback360Tasks.raterId, row.subjectId))),
  ]);
  const policy = request360Policy(actor, row);
  return {
    id: row.id,
    subject: { id: row.subjectId, ...(names.get(row.subjectId) ?? unknownName) },
    programName: row.programName,
    status: row.status,
    deadline: row.deadline,
    createdOn: row.createdOn,
    closedOn: row.closedOn,
    releasedOn: row.releasedOn,
    requireManagerApproval: row.requireManagerApproval,
    managerNamed: row.managerNamed,
    approver: row.approverId ? (names.get(row.approverId) ?? null) : null,
    coach: row.coachId ? (names.get(row.coachId) ?? null) : null,
    thresholds: row.anonymityThresholds,
    thresholdsLocked: row.firstResponseIn,
    competencies: questions.map((q) => ({ name: q.competencyName, description: q.competencyDescription })),
    nominations: nominations.map((n) => ({
      id: n.id,
      displayName: `${n.givenName} ${n.familyName}`,
      jobTitle: n.jobTitle,
      group: n.group,
      status: n.status,
    })),
    selfDone: selfTask[0]?.status === 'done',
    progress:
      row.status === 'nominating' || row.status === 'awaiting_approval'
        ? []
        : progressOf(row.anonymityThresholds, counts),
    remindedOn: row.remindedOn,
    version: row.version,
    abilities: {
      edit: policy.edit,
      nominate: policy.nominate,
      submitNominations: policy.submitNominations,
      remind: policy.remind,
      close: policy.close,
      readReport: policy.readReport,
    },
  };
}

export async function presentSummaries(
  db: Db,
  actor: Actor,
  rows: Request360Row[],
): Promise<Request360Summary[]> {
  const subject = await subjectRefs(db, actor.organizationId, rows);
  return rows.map((row) => ({
    id: row.id,
    subject: subject(row.subjectId),
    programName: row.programName,
    status: row.status,
    deadline: row.deadline,
    createdOn: row.createdOn,
    releasedOn: row.releasedOn,
    reportReady: request360Policy(actor, row).readReport,
  }));
}

/** What the approving manager needs: who was nominated in which group. */
export async function presentApprovals(db: Db, actor: Actor, rows: Request360Row[]): Promise<Approval360[]> {
  const subject = await subjectRefs(db, actor.organizationId, rows);
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      subject: subject(row.subjectId),
      deadline: row.deadline,
      managerNamed: row.managerNamed,
      nominations: (await nominationsOf(db, row.id)).map((n) => ({
        id: n.id,
        displayName: `${n.givenName} ${n.familyName}`,
        jobTitle: n.jobTitle,
        group: n.group,
        status: n.status,
      })),
      version: row.version,
    })),
  );
}

export async function presentTasks(
  db: Db,
  actor: Actor,
  rows: { task: Task360Row; request: Request360Row }[],
): Promise<Task360[]> {
  const subject = await subjectRefs(
    db,
    actor.organizationId,
    rows.map((r) => r.request),
  );
  return rows.map(({ task, request }) => ({
    id: task.id,
    subject: subject(request.subjectId),
    group: task.raterGroup,
    status: task.status,
    deadline: request.deadline,
    named: request.managerNamed && task.raterGroup === 'manager',
  }));
}
