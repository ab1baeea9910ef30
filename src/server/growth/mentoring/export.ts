import type { ExportContext, PersonalDataExporter } from '../../platform/export/types';
import { matchPolicy } from './policy';
import { presentMatches, presentProfiles, presentSessions } from './present';
import { listMatches, listOwnProfiles, listSessions } from './queries';

const ALL = 10_000;

/**
 * The person's mentoring (SPEC S4.6): their profiles, their matches as mentee or mentor (as they
 * see them: their own feedback, not the other side's words) and the sessions of those matches.
 */
export const mentoringExporter: PersonalDataExporter = {
  kind: 'mentoring',
  async collect({ db, subject }: ExportContext) {
    if (!subject.personId) return { visible: [] };
    const { rows: profileRows } = await listOwnProfiles(db, subject, { page: 1, pageSize: ALL });
    const profiles = (await presentProfiles(db, subject.organizationId, profileRows)).map(
      ({ version: _v, ...profile }) => profile,
    );
    const { rows } = await listMatches(db, {
      organizationId: subject.organizationId,
      personId: subject.personId,
      page: 1,
      pageSize: ALL,
    });
    const standing = { relationToMentee: null, programmeAdmin: false };
    const matches = (
      await presentMatches(
        db,
        subject,
        rows.map((row) => ({ row, policy: matchPolicy(subject, row, standing) })),
      )
    ).map(({ abilities: _a, version: _v, viewerRole: _r, ...match }) => match);
    const sessions = [];
    for (const row of rows) {
      const { rows: sessionRows } = await listSessions(db, row.id, 1, ALL);
      sessions.push(...(await presentSessions(db, subject.organizationId, sessionRows)));
    }
    return {
      visible: [
        {
          name: 'mentoring-profiles.json',
          title: 'Mentoring profiles',
          dataClass: 'development',
          records: profiles,
        },
        {
          name: 'mentoring-matches.json',
          title: 'Mentoring matches',
          dataClass: 'development',
          records: matches,
        },
        {
          name: 'mentoring-sessions.json',
          title: 'Mentoring sessions',
          dataClass: 'development',
          records: sessions,
        },
      ],
    };
  },
};
