import type { ExportContext, PersonalDataExporter } from '../../platform/export/types';
import { meetingAccess, seriesAccess } from './access';
import { seriesReach } from './policy';
import { presentMeeting } from './present';
import { listMeetings, listOwnSeries } from './queries';

const ALL = 10_000;

/**
 * The person's 1:1s (shared agenda, action items, shared notes) and, apart, their own private notes
 * — confidential to their author (SPEC S3.2). The meeting presenter looks a private note up for the
 * caller as author only, so the other participant's private note cannot reach this export.
 */
export const oneOnOnesExporter: PersonalDataExporter = {
  kind: 'one-on-ones',
  async collect({ db, subject }: ExportContext) {
    const { rows } = await listOwnSeries(db, subject, seriesReach(subject), { page: 1, pageSize: ALL });
    const meetings = [];
    const privateNotes = [];
    for (const { series: listed, withPerson } of rows) {
      const { row: series } = await seriesAccess.readFor(db, subject, listed.id);
      const { rows: meetingRows } = await listMeetings(db, series.id, { page: 1, pageSize: ALL });
      for (const { meeting: listedMeeting } of meetingRows) {
        const { row } = await meetingAccess.readFor(db, subject, listedMeeting.id);
        const {
          privateNote,
          abilities: _a,
          version: _v,
          ...meeting
        } = await presentMeeting(db, subject, series, row.meeting);
        meetings.push({
          withPerson,
          cadence: series.cadence,
          ...meeting,
          agenda: meeting.agenda.map(({ abilities: _ab, version: _ve, ...item }) => item),
          actionItems: meeting.actionItems.map(({ abilities: _ab, version: _ve, ...item }) => item),
        });
        if (privateNote)
          privateNotes.push({
            meetingId: meeting.id,
            withPerson,
            scheduledOn: meeting.scheduledOn,
            body: privateNote.body,
            updatedAt: privateNote.updatedAt,
          });
      }
    }
    return {
      visible: [
        { name: 'one-on-ones.json', title: '1:1 meetings', dataClass: 'performance', records: meetings },
        {
          name: 'one-on-one-private-notes.json',
          title: 'My private 1:1 notes',
          dataClass: 'confidential',
          records: privateNotes,
        },
      ],
    };
  },
};
