import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { issue } from '../../../../contracts/issues';
import type { pullGapsRequest, upsertProfileRequest } from '../../../../contracts/mentoring';
import { people } from '../../../org/tables';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { isTimeZone } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { forbidden, validationFailed, versionConflict } from '../../../platform/errors/appError';
import { pathPolicy } from '../../paths/policy';
import { presentGap } from '../../paths/present';
import { findLevel, findPosition, nextLevelOf } from '../../paths/queries';
import { competencies } from '../../paths/tables';
import { profileAccess, programmeAccess } from '../access';
import { findOwnProfile } from '../queries';
import { mentoringProfileSkills, mentoringProfiles, type profileRoles } from '../tables';

type Role = (typeof profileRoles)[number];

/** Competencies of the library and people of the organisation: a profile names nothing else. */
async function checkReferences(tx: Db, actor: Actor, input: z.output<typeof upsertProfileRequest>) {
  const issues: Record<string, ReturnType<typeof issue>> = {};
  if (input.timeZone !== '' && !isTimeZone(input.timeZone)) issues.timeZone = issue('mentoringTimeZone');
  const competencyIds = [...new Set(input.skills.map((s) => s.competencyId))];
  if (competencyIds.length !== input.skills.length) issues.skills = issue('valueInvalid');
  else if (competencyIds.length > 0) {
    const found = await tx
      .select({ id: competencies.id })
      .from(competencies)
      .where(
        and(
          eq(competencies.organizationId, actor.organizationId),
          eq(competencies.status, 'active'),
          inArray(competencies.id, competencyIds),
        ),
      );
    if (found.length !== competencyIds.length) issues.skills = issue('mentoringUnknownCompetency');
  }
  for (const field of ['doNotMatch', 'rankedMentorIds'] as const) {
    const ids = [...new Set(input[field])];
    if (ids.length !== input[field].length) {
      issues[field] = issue('valueInvalid');
      continue;
    }
    if (ids.length === 0) continue;
    const found = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.organizationId, actor.organizationId), inArray(people.id, ids)));
    if (found.length !== ids.length) issues[field] = issue('mentoringUnknownPerson');
  }
  if (Object.keys(issues).length > 0) throw validationFailed(issues);
}

/**
 * Creates or changes the caller's own mentor or mentee profile in a programme. Joining needs the
 * enrolment window; an existing profile may be changed (or opted out) while the programme is
 * readable. A mentor's fields stay a mentor's: mentees keep no capacity, mentors no goals or choices.
 */
export async function upsertProfile(
  db: Db,
  actor: Actor,
  programmeId: string,
  role: Role,
  input: z.output<typeof upsertProfileRequest>,
): Promise<string> {
  if (!actor.personId) throw forbidden();
  const personId = actor.personId;
  return inTransaction(db, async (tx) => {
    const existing = await findOwnProfile(tx, programmeId, personId, role, true);
    // Reading the programme through its guard: a draft answers 404; joining needs an open window.
    await programmeAccess.readFor(
      tx,
      actor,
      programmeId,
      existing ? { resource: false } : { action: 'join', resource: false },
    );
    if (existing && input.version === undefined) throw validationFailed({ version: issue('valueInvalid') });
    if (existing && input.version !== existing.version) throw versionConflict(existing.version);
    await checkReferences(tx, actor, input);
    const mentor = role === 'mentor';
    const values = {
      optedIn: input.optedIn,
      languages: [...new Set(input.languages)],
      timeZone: input.timeZone,
      availability: [...new Set(input.availability)],
      capacityOverride: mentor ? input.capacityOverride : null,
      doNotMatch: input.doNotMatch.filter((id) => id !== personId),
      goalsText: mentor ? '' : input.goalsText,
      prefersCrossFunction: mentor ? false : input.prefersCrossFunction,
      rankedMentorIds: mentor ? [] : input.rankedMentorIds.filter((id) => id !== personId),
    };
    let id: string;
    if (existing) {
      id = existing.id;
      await tx
        .update(mentoringProfiles)
        .set({ ...values, version: existing.version + 1, updatedAt: new Date() })
        .where(eq(mentoringProfiles.id, id));
      await tx.delete(mentoringProfileSkills).where(eq(mentoringProfileSkills.profileId, id));
    } else {
      const [row] = await tx
        .insert(mentoringProfiles)
        .values({ organizationId: actor.organizationId, programmeId, personId, role, ...values })
        .returning({ id: mentoringProfiles.id });
      id = row!.id;
    }
    if (input.skills.length > 0)
      await tx.insert(mentoringProfileSkills).values(
        input.skills.map((s) => ({
          profileId: id,
          organizationId: actor.organizationId,
          competencyId: s.competencyId,
          side: mentor ? ('offers' as const) : ('wants' as const),
          level: s.level,
        })),
      );
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: existing ? 'mentoring.profile_updated' : 'mentoring.profile_created',
      targetType: 'mentoring_profile',
      targetId: id,
      after: { role, optedIn: values.optedIn, skills: input.skills.length },
    });
    return id;
  });
}

/**
 * The mentee pulls the competencies of their own career-path gap (against the next level) onto the
 * profile — only with their explicit consent; withdrawing consent removes them again.
 */
export async function pullGaps(
  db: Db,
  actor: Actor,
  profileId: string,
  input: z.output<typeof pullGapsRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row } = await profileAccess.lockFor(tx, actor, profileId, 'edit', input.version);
    if (row.role !== 'mentee') throw validationFailed({ consent: issue('valueInvalid') });
    let ids: string[] = [];
    if (input.consent) {
      const position = await findPosition(tx, actor.organizationId, row.personId);
      const next = position ? await nextLevelOf(tx, position.track.id, position.level.position) : null;
      const target = next ? await findLevel(tx, actor.organizationId, next.id) : null;
      const gap = await presentGap(tx, row.personId, target, pathPolicy(actor, 'self'));
      ids = gap.rows.filter((r) => r.gap !== null && r.gap > 0).map((r) => r.competencyId);
    }
    await tx
      .update(mentoringProfiles)
      .set({
        gapCompetencyIds: ids,
        gapConsentAt: input.consent ? new Date() : null,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(mentoringProfiles.id, row.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: input.consent ? 'mentoring.gaps_pulled' : 'mentoring.gaps_removed',
      targetType: 'mentoring_profile',
      targetId: row.id,
      after: { consent: input.consent, competencies: ids.length },
    });
  });
}
