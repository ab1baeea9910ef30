import { and, asc, eq, inArray } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { actorToday } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError, notFound, versionConflict } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { programmeAccess } from '../access';
import { loadPool } from '../inputs';
import { assignPool, hardRuleViolations, pairKey } from '../matching';
import { peopleByIds } from '../queries';
import {
  mentoringMatches,
  mentoringPoolDraftEntries,
  mentoringPoolDrafts,
  mentoringProfiles,
} from '../tables';
import { breakdownColumns, ruleBroken } from './proposals';

const notPending = () => new AppError('invalid_state', issue('mentoringDraftNotPending'));

export async function findDraft(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(mentoringPoolDrafts)
    .where(and(eq(mentoringPoolDrafts.id, id), eq(mentoringPoolDrafts.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** The draft, locked, after the programme's guard let the caller manage it (else 404 or 403). */
async function lockDraft(tx: Db, actor: Actor, id: string, version: number) {
  const draft = await findDraft(tx, actor.organizationId, id, true);
  if (!draft) throw notFound('Draft');
  const { row: programme } = await programmeAccess.readFor(tx, actor, draft.programmeId, {
    action: 'manage',
    resource: false,
  });
  if (draft.status !== 'draft') throw notPending();
  if (draft.version !== version) throw versionConflict(draft.version);
  return { draft, programme };
}

/**
 * Whole-pool matching: the engine's optimum for every mentee without an open match, stored as a
 * draft (pairs with their scores, mentees left unmatched with the reason). Nothing is proposed until
 * an admin publishes it; an earlier pending draft of the programme is discarded.
 */
export async function runPool(db: Db, actor: Actor, programmeId: string): Promise<string> {
  return inTransaction(db, async (tx) => {
    const { row: programme } = await programmeAccess.lockFor(tx, actor, programmeId, 'manage');
    if (programme.matchingMode !== 'whole_pool' || programme.status !== 'open')
      throw new AppError('invalid_state', issue('mentoringWrongMode'));
    const pool = await loadPool(tx, programme, await actorToday(tx, actor));
    const result = assignPool(pool.mentees, pool.mentors, pool.context);
    await tx
      .update(mentoringPoolDrafts)
      .set({ status: 'discarded' })
      .where(and(eq(mentoringPoolDrafts.programmeId, programme.id), eq(mentoringPoolDrafts.status, 'draft')));
    const [draft] = await tx
      .insert(mentoringPoolDrafts)
      .values({
        organizationId: actor.organizationId,
        programmeId: programme.id,
        createdById: actor.personId,
        totalScore: result.totalScore,
      })
      .returning({ id: mentoringPoolDrafts.id });
    const base = { organizationId: actor.organizationId, draftId: draft!.id };
    const entries = [
      ...result.pairs.map((pair) => ({
        ...base,
        menteeId: pair.menteeId,
        mentorId: pair.mentorId,
        score: pair.score,
        ...breakdownColumns(pair.breakdown),
      })),
      ...result.unmatched.map((u) => ({ ...base, menteeId: u.menteeId, unmatchedReason: u.reason })),
    ];
    if (entries.length > 0) await tx.insert(mentoringPoolDraftEntries).values(entries);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'mentoring.pool_drafted',
      targetType: 'mentoring_programme',
      targetId: programme.id,
      after: {
        pairs: result.pairs.length,
        unmatched: result.unmatched.length,
        totalScore: result.totalScore,
      },
    });
    return draft!.id;
  });
}

/** Takes a pair out of a pending draft (the mentee is then left for another round or a decision). */
export async function removeDraftPair(
  db: Db,
  actor: Actor,
  draftId: string,
  entryId: string,
  version: number,
) {
  await inTransaction(db, async (tx) => {
    const { draft } = await lockDraft(tx, actor, draftId, version);
    const removed = await tx
      .update(mentoringPoolDraftEntries)
      .set({ removed: true })
      .where(and(eq(mentoringPoolDraftEntries.id, entryId), eq(mentoringPoolDraftEntries.draftId, draft.id)))
      .returning({ id: mentoringPoolDraftEntries.id });
    if (removed.length === 0) throw notFound('Pair');
    await tx
      .update(mentoringPoolDrafts)
      .set({ version: draft.version + 1 })
      .where(eq(mentoringPoolDrafts.id, draft.id));
  });
}

/**
 * Publishes a draft: every remaining pair becomes a proposal. Inside one transaction, with the
 * pairs' mentee and mentor profile rows locked (mentees first, then mentors, each in id order), every
 * hard rule is checked again against the programme as it is now — including the pairs published
 * before it in the same draft. A pair that breaks one refuses the whole publish, naming the pair.
 */
export async function publishDraft(db: Db, actor: Actor, draftId: string, version: number) {
  await inTransaction(db, async (tx) => {
    const { draft, programme } = await lockDraft(tx, actor, draftId, version);
    const pairs = (
      await tx
        .select()
        .from(mentoringPoolDraftEntries)
        .where(
          and(eq(mentoringPoolDraftEntries.draftId, draft.id), eq(mentoringPoolDraftEntries.removed, false)),
        )
        .orderBy(asc(mentoringPoolDraftEntries.id))
    ).filter((entry) => entry.mentorId !== null);
    for (const role of ['mentee', 'mentor'] as const) {
      const ids = [...new Set(pairs.map((p) => (role === 'mentee' ? p.menteeId : p.mentorId!)))];
      if (ids.length === 0) continue;
      await tx
        .select({ id: mentoringProfiles.id })
        .from(mentoringProfiles)
        .where(
          and(
            eq(mentoringProfiles.programmeId, programme.id),
            eq(mentoringProfiles.role, role),
            inArray(mentoringProfiles.personId, ids),
          ),
        )
        .orderBy(asc(mentoringProfiles.id))
        .for('update');
    }
    const pool = await loadPool(tx, programme, await actorToday(tx, actor));
    const matchedPairs = new Set(pool.context.matchedPairs);
    const openMentees = new Set(pool.context.menteesWithOpenMatch);
    const context = { ...pool.context, matchedPairs, menteesWithOpenMatch: openMentees };
    const respondBy = new Date(Date.now() + programme.responseHours * 3_600_000);
    for (const pair of pairs) {
      const mentee = pool.mentees.find((m) => m.personId === pair.menteeId);
      const mentor = pool.mentors.find((m) => m.personId === pair.mentorId);
      const broken = !mentee || !mentor ? 'not_opted_in' : hardRuleViolations(mentee, mentor, context)[0];
      if (broken) throw await ruleBroken(tx, actor.organizationId, pair.menteeId, pair.mentorId!, broken);
      mentor!.activeMentees += 1;
      matchedPairs.add(pairKey(pair.menteeId, pair.mentorId!));
      openMentees.add(pair.menteeId);
    }
    if (pairs.length > 0)
      await tx.insert(mentoringMatches).values(
        pairs.map((pair) => ({
          organizationId: actor.organizationId,
          programmeId: programme.id,
          menteeId: pair.menteeId,
          mentorId: pair.mentorId!,
          source: 'pool' as const,
          score: pair.score,
          pointsSkills: pair.pointsSkills,
          pointsGaps: pair.pointsGaps,
          pointsCrossFunction: pair.pointsCrossFunction,
          pointsLanguageTimeZone: pair.pointsLanguageTimeZone,
          pointsAvailability: pair.pointsAvailability,
          respondBy,
        })),
      );
    await tx
      .update(mentoringPoolDrafts)
      .set({ status: 'published', publishedAt: new Date(), version: draft.version + 1 })
      .where(eq(mentoringPoolDrafts.id, draft.id));
    const names = await peopleByIds(
      tx,
      actor.organizationId,
      pairs.map((p) => p.menteeId),
    );
    await notify(
      tx,
      pairs.map((pair) => ({
        organizationId: actor.organizationId,
        recipientId: pair.mentorId!,
        kind: 'mentoring.match_proposed' as const,
        params: { name: names.get(pair.menteeId)?.name ?? null, due: respondBy.toISOString() },
        link: '/growth/mentoring',
      })),
    );
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'mentoring.pool_published',
      targetType: 'mentoring_programme',
      targetId: programme.id,
      after: { draftId: draft.id, pairs: pairs.length },
    });
  });
}
