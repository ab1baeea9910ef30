import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { issue } from '../../../../contracts/issues';
import type { createProgrammeRequest, updateProgrammeRequest } from '../../../../contracts/mentoring';
import { people } from '../../../org/tables';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { forbidden, validationFailed } from '../../../platform/errors/appError';
import { programmeAccess } from '../access';
import { programmeFieldsOf } from '../present';
import { mentoringProgrammeAdmins, mentoringProgrammes } from '../tables';

type ProgrammeFields = Omit<z.output<typeof createProgrammeRequest>, 'adminIds'>;

/** Dates in order and at least one weight: what a form cannot check field by field. */
function checkProgramme(fields: ProgrammeFields) {
  const issues: Record<string, ReturnType<typeof issue>> = {};
  if (fields.cohortStart && fields.cohortEnd && fields.cohortEnd <= fields.cohortStart)
    issues.cohortEnd = issue('mentoringDatesOrder');
  if (fields.enrolmentOpens && fields.enrolmentCloses && fields.enrolmentCloses < fields.enrolmentOpens)
    issues.enrolmentCloses = issue('mentoringDatesOrder');
  const w = fields.weights;
  if (w.skills + w.gaps + w.crossFunction + w.languageTimeZone + w.availability === 0)
    issues.weights = issue('mentoringWeightsEmpty');
  if (Object.keys(issues).length > 0) throw validationFailed(issues);
}

const columnsOf = (fields: ProgrammeFields) => ({
  name: fields.name,
  description: fields.description,
  programmeType: fields.programmeType,
  cohortStart: fields.cohortStart,
  cohortEnd: fields.cohortEnd,
  enrolmentOpens: fields.enrolmentOpens,
  enrolmentCloses: fields.enrolmentCloses,
  mentorCapacity: fields.mentorCapacity,
  cadence: fields.cadence,
  agreementTemplate: fields.agreementTemplate,
  matchingMode: fields.matchingMode,
  minLevelGap: fields.minLevelGap,
  weightSkills: fields.weights.skills,
  weightGaps: fields.weights.gaps,
  weightCrossFunction: fields.weights.crossFunction,
  weightLanguageTimeZone: fields.weights.languageTimeZone,
  weightAvailability: fields.weights.availability,
  responseHours: fields.responseHours,
  status: fields.status,
});

/** The audit trail keeps the set-up's shape (no free text). */
const auditShape = (fields: ProgrammeFields) => ({
  programmeType: fields.programmeType,
  matchingMode: fields.matchingMode,
  status: fields.status,
  mentorCapacity: fields.mentorCapacity,
  minLevelGap: fields.minLevelGap,
  weights: fields.weights,
  responseHours: fields.responseHours,
});

async function setAdmins(tx: Db, organizationId: string, programmeId: string, adminIds: string[]) {
  const unique = [...new Set(adminIds)];
  if (unique.length > 0) {
    const found = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.organizationId, organizationId), inArray(people.id, unique)));
    if (found.length !== unique.length) throw validationFailed({ adminIds: issue('mentoringUnknownPerson') });
  }
  await tx.delete(mentoringProgrammeAdmins).where(eq(mentoringProgrammeAdmins.programmeId, programmeId));
  if (unique.length > 0)
    await tx
      .insert(mentoringProgrammeAdmins)
      .values(unique.map((personId) => ({ programmeId, organizationId, personId })));
}

/** HR creates a programme (SPEC S4.6) and names its admins. */
export async function createProgramme(db: Db, actor: Actor, input: z.output<typeof createProgrammeRequest>) {
  if (!actor.roles.has('hr_admin')) throw forbidden();
  const { adminIds, ...fields } = input;
  checkProgramme(fields);
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(mentoringProgrammes)
      .values({ organizationId: actor.organizationId, ...columnsOf(fields) })
      .returning({ id: mentoringProgrammes.id });
    await setAdmins(tx, actor.organizationId, row!.id, adminIds);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'mentoring.programme_created',
      targetType: 'mentoring_programme',
      targetId: row!.id,
      after: { ...auditShape(fields), admins: adminIds.length },
    });
    return row!.id;
  });
}

/** Programme admins change the set-up; only HR changes who the admins are. Version-checked. */
export async function updateProgramme(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof updateProgrammeRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row, policy } = await programmeAccess.lockFor(tx, actor, id, 'manage', input.version);
    if (input.adminIds !== undefined && !policy.editAdmins) throw forbidden();
    const { version: _v, adminIds, weights, ...changes } = input;
    const current: ProgrammeFields = programmeFieldsOf(row);
    const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const next: ProgrammeFields = { ...current, ...defined, weights: weights ?? current.weights };
    checkProgramme(next);
    await tx
      .update(mentoringProgrammes)
      .set({ ...columnsOf(next), version: row.version + 1, updatedAt: new Date() })
      .where(eq(mentoringProgrammes.id, row.id));
    if (adminIds !== undefined) await setAdmins(tx, actor.organizationId, row.id, adminIds);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'mentoring.programme_updated',
      targetType: 'mentoring_programme',
      targetId: row.id,
      before: auditShape(current),
      after: { ...auditShape(next), ...(adminIds !== undefined ? { admins: adminIds.length } : {}) },
    });
  });
}
