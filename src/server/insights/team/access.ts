import { recordAccesses } from '../../platform/audit/accessLog';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { type Relation, relationOfDepth } from '../../platform/policy/relations';
import type { MemberRow } from './members';

/**
 * The caller's relation to each person of their team, from how far below them the person sits
 * (the walk down the current reporting lines in `teamMembers`): the same relation `relationTo`
 * derives walking up — 1 is the direct manager, deeper the skip-level — so each column can ask its
 * own domain's policy exactly as that domain's screens do.
 */
export function relateMembers<Member extends Pick<MemberRow, 'depth'>>(
  members: Member[],
): (Member & { relation: Relation })[] {
  return members.map((member) => ({ ...member, relation: relationOfDepth(member.depth) }));
}

/**
 * Every team-view read on each shown person's access log (SPEC S1.5), in one statement: their goals
 * and review (performance) for everyone on the page, and the career-conversation dates or shared
 * plan (development) where the row showed any.
 */
export async function recordTeamViewRead(
  db: Db,
  actor: Actor,
  shown: { personId: string; development: boolean }[],
) {
  await recordAccesses(
    db,
    actor,
    shown.flatMap(({ personId, development }) => [
      { subjectPersonId: personId, dataClass: 'performance' as const, resource: 'team overview' },
      ...(development
        ? [{ subjectPersonId: personId, dataClass: 'development' as const, resource: 'team overview' }]
        : []),
    ]),
  );
}
