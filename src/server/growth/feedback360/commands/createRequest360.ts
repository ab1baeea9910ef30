import type { z } from 'zod';
import { type createRequest360, DEFAULT_THRESHOLD } from '../../../../contracts/feedback360';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { actorToday } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { forbidden, validationFailed } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { listCompetenciesForQuestionnaire } from '../../paths/queries';
import { feedback360Nominations, feedback360Questions, feedback360Requests } from '../tables';
import { assertCoach, assertCurrentPerson, callerPerson, nameOf, requestLink } from './shared';

/**
 * Starts a 360: by the person themselves, or by an HR admin for a leadership program (naming the
 * subject and the program). The questionnaire is copied from the competency library now, so later
 * library edits never change a running 360.
 */
export async function createRequest360Command(
  db: Db,
  actor: Actor,
  input: z.output<typeof createRequest360>,
): Promise<string> {
  const me = callerPerson(actor);
  const subjectId = input.subjectId ?? me;
  const forProgram = subjectId !== me;
  if (forProgram && !actor.roles.has('hr_admin')) throw forbidden();
  if (forProgram && input.programName === '')
    throw validationFailed({ programName: issue('programNameRequired') });
  // Dates only: nothing in a 360 carries a time of day (SPEC S1.3); today is the organisation's.
  const today = await actorToday(db, actor);
  if (input.deadline <= today) throw validationFailed({ deadline: issue('dateAfterToday') });
  return inTransaction(db, async (tx) => {
    const subject = await assertCurrentPerson(tx, actor.organizationId, subjectId, 'subjectId');
    if (input.requireManagerApproval && !subject.managerId)
      throw validationFailed({ requireManagerApproval: issue('noManagerToApprove') });
    if (input.managerNamed && !subject.managerId)
      throw validationFailed({ managerNamed: issue('noManagerToName') });
    if (input.coachId) await assertCoach(tx, actor.organizationId, input.coachId, subjectId);
    const library = await listCompetenciesForQuestionnaire(tx, actor.organizationId);
    const chosen = input.competencyIds ? library.filter((c) => input.competencyIds!.includes(c.id)) : library;
    if (input.competencyIds && chosen.length !== new Set(input.competencyIds).size)
      throw validationFailed({ competencyIds: issue('chooseActiveCompetencies') });
    if (chosen.length === 0)
      throw validationFailed({
        competencyIds: issue('noActiveCompetencies'),
      });
    const [request] = await tx
      .insert(feedback360Requests)
      .values({
        organizationId: actor.organizationId,
        subjectId,
        requestedById: me,
        programName: input.programName,
        requireManagerApproval: input.requireManagerApproval,
        managerNamed: input.managerNamed,
        coachId: input.coachId,
        anonymityThresholds: {
          manager: input.thresholds.manager ?? DEFAULT_THRESHOLD,
          peers: input.thresholds.peers ?? DEFAULT_THRESHOLD,
          direct_reports: input.thresholds.direct_reports ?? DEFAULT_THRESHOLD,
          others: input.thresholds.others ?? DEFAULT_THRESHOLD,
        },
        deadline: input.deadline,
        createdOn: today,
      })
      .returning({ id: feedback360Requests.id });
    const requestId = request!.id;
    // Named: the manager group is the subject's current manager, nominated now.
    if (input.managerNamed && subject.managerId)
      await tx
        .insert(feedback360Nominations)
        .values({ requestId, personId: subject.managerId, raterGroup: 'manager' });
    await tx.insert(feedback360Questions).values(
      chosen.map((c, position) => ({
        requestId,
        competencyId: c.id,
        competencyName: c.name,
        competencyDescription: c.description,
        behaviours: c.behaviours,
        position,
      })),
    );
    if (forProgram) {
      await notify(tx, [
        {
          organizationId: actor.organizationId,
          recipientId: subjectId,
          kind: 'feedback360.program_started',
          params: { name: await nameOf(tx, me) },
          link: requestLink(requestId),
          email: true,
        },
      ]);
    }
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'feedback360.requested',
      targetType: 'feedback360_request',
      targetId: requestId,
      after: { forProgram, questions: chosen.length, managerNamed: input.managerNamed },
    });
    return requestId;
  });
}
