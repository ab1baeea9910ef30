import { sql } from 'drizzle-orm';
import { inOrg, isPerson } from '../../platform/erasure/helpers';
import { retentionRules } from '../../platform/erasure/retention';
import type { ErasureSubject, PersonalDataEraser } from '../../platform/erasure/types';

const theirMatches = (s: ErasureSubject) =>
  sql`SELECT id FROM mentoring_matches WHERE organization_id = ${s.organizationId}
      AND (mentee_id = ${s.personId} OR mentor_id = ${s.personId})`;

/**
 * Mentoring (SPEC S4.6): the person's profiles, matches (either side: a match is the pair's record)
 * with their sessions, draft lines and programme-admin seats are deleted; drafts they ran stay
 * without the link; other people's do-not-match lists and ranked choices lose the person's id.
 */
export const mentoringEraser: PersonalDataEraser = {
  domain: 'mentoring',
  operations: (s) => {
    const development = { dataClass: 'development' as const, reason: retentionRules.development.reason };
    return [
      {
        ...development,
        table: 'mentoring_sessions',
        kind: 'Sessions of their mentoring matches',
        action: 'delete',
        covers: ['mentoring_sessions.logged_by_id'],
        where: sql`match_id IN (${theirMatches(s)}) OR (${inOrg(s)} AND ${isPerson(s, 'logged_by_id')})`,
      },
      {
        ...development,
        table: 'mentoring_matches',
        kind: 'Their mentoring matches, as mentee or mentor',
        action: 'delete',
        covers: ['mentoring_matches.mentee_id', 'mentoring_matches.mentor_id'],
        where: sql`id IN (${theirMatches(s)})`,
      },
      {
        ...development,
        table: 'mentoring_pool_draft_entries',
        kind: 'Lines of matching drafts that name them',
        action: 'delete',
        covers: ['mentoring_pool_draft_entries.mentee_id', 'mentoring_pool_draft_entries.mentor_id'],
        where: sql`${inOrg(s)} AND (${isPerson(s, 'mentee_id')} OR ${isPerson(s, 'mentor_id')})`,
      },
      {
        table: 'mentoring_pool_drafts',
        kind: 'Matching drafts they ran',
        dataClass: 'development',
        action: 'anonymise',
        othersRecord: true,
        reason: "The programme's record: kept; the link to the erased person is removed",
        covers: ['mentoring_pool_drafts.created_by_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'created_by_id')}`,
        set: sql`created_by_id = NULL`,
      },
      {
        ...development,
        table: 'mentoring_profiles',
        kind: 'Their mentor and mentee profiles',
        action: 'delete',
        covers: ['mentoring_profiles.person_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')}`,
      },
      {
        table: 'mentoring_profiles',
        kind: "Other people's profiles that name them (do-not-match, ranked choices)",
        dataClass: 'development',
        action: 'anonymise',
        othersRecord: true,
        reason: "Others' profiles: kept; the erased person's id is taken out of their lists",
        covers: [],
        where: sql`${inOrg(s)} AND (${s.personId}::uuid = ANY(do_not_match) OR ${s.personId}::uuid = ANY(ranked_mentor_ids))`,
        set: sql`do_not_match = array_remove(do_not_match, ${s.personId}::uuid),
                 ranked_mentor_ids = array_remove(ranked_mentor_ids, ${s.personId}::uuid)`,
      },
      {
        ...development,
        table: 'mentoring_programme_admins',
        kind: 'Programmes they were named to run',
        action: 'delete',
        covers: ['mentoring_programme_admins.person_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')}`,
        idColumn: null,
      },
    ];
  },
};
