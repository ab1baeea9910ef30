import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { sessionAccess } from './access';
import { presentSessionDetail } from './present';
import { incompleteSignOffAllowed, namesOf, populationCounts, sessionApprovers } from './queries';

/** A session as the caller may see it (anyone else: 404), with their abilities. */
export async function sessionDetailFor(db: Db, actor: Actor, sessionId: string) {
  const { row: session, policy } = await sessionAccess.readFor(db, actor, sessionId);
  const { read: _read, logAccess: _logged, ...abilities } = policy;
  const [approvers, departments, levels, counts, allowIncomplete] = await Promise.all([
    sessionApprovers(db, sessionId),
    namesOf(db, 'departments', session.population.departmentIds ?? []),
    namesOf(db, 'levels', session.population.levelIds ?? []),
    session.state === 'open'
      ? populationCounts(db, session.cycle_id, session.population)
      : Promise.resolve({ ready: 0, notReady: 0 }),
    incompleteSignOffAllowed(db, actor.organizationId),
  ]);
  return presentSessionDetail(session, {
    approvers,
    departments,
    levels,
    counts,
    abilities,
    incompleteSignOffAllowed: allowIncomplete,
  });
}
