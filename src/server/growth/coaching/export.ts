import type { ExportContext, PersonalDataExporter } from '../../platform/export/types';
import { engagementAccess } from './access';
import { engagementKey, openNote } from './keys';
import { presentNote } from './present';
import { listEngagements, listNotes, namesOf } from './queries';
import { engagementDetail } from './views';

const ALL = 10_000;

/**
 * The person's coaching as coachee (SPEC S4.7): each engagement with goals, sessions and summary,
 * and — apart, class confidential — every note in it, decrypted for them. Reads go through the
 * engagement guard as the person themselves, so only what they read in the app is in it; the
 * confidential file is withheld from HR by the export command, so it reaches the coachee only.
 */
export const coachingExporter: PersonalDataExporter = {
  kind: 'coaching',
  async collect({ db, subject }: ExportContext) {
    const personId = subject.personId ?? '';
    const { rows } = await listEngagements(db, {
      organizationId: subject.organizationId,
      personId,
      as: 'coachee',
      page: 1,
      pageSize: ALL,
    });
    const engagements = [];
    const notes = [];
    for (const listed of rows) {
      const guarded = await engagementAccess.readFor(db, subject, listed.id);
      const { abilities: _a, version: _v, ...engagement } = await engagementDetail(db, subject, guarded);
      engagements.push({ ...engagement, sessions: engagement.sessions.map(({ version: _sv, ...s }) => s) });
      if (!guarded.policy.readNotes) continue;
      const { rows: noteRows } = await listNotes(db, listed.id, 1, ALL);
      const key = engagementKey(guarded.row);
      const names = await namesOf(
        db,
        noteRows.map((n) => n.authorId),
      );
      for (const n of noteRows) {
        const { version: _nv, mine: _m, ...note } = presentNote(n, openNote(key, n), personId, names);
        notes.push({ engagementId: listed.id, ...note });
      }
    }
    return {
      visible: [
        {
          name: 'coaching.json',
          title: 'Coaching engagements',
          dataClass: 'confidential',
          records: engagements,
        },
        { name: 'coaching-notes.json', title: 'Coaching notes', dataClass: 'confidential', records: notes },
      ],
    };
  },
};
