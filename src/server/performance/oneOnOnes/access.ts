import { issue } from '../../../contracts/issues';
import { AppError } from '../../platform/errors/appError';
import { defineAccess } from '../../platform/policy/access';
import { actionItemPolicy, agendaItemPolicy, meetingPolicy, seriesPolicy } from './policy';
import { findActionItem, findAgendaItem, findMeeting, findSeries } from './queries';

/**
 * The doors to a 1:1 (GUIDE 12): its series, meetings, agenda items and action items. Only the two
 * participants pass; anyone else, whatever their role, gets 404 (SPEC S1.7). The two readers are
 * the record's owners, so no 1:1 read is written to the access log, and a 1:1 is about two people,
 * not one subject.
 */
const participantsOnly = { logAccess: false } as const;
const about = () => null;

const closed = () => new AppError('invalid_state', issue('meetingCompletedAddToNext'));

export const seriesAccess = defineAccess({
  name: '1:1',
  dataClass: 'performance',
  resource: '1:1',
  load: findSeries,
  subjectOf: about,
  policy: (actor, series) => ({ ...seriesPolicy(actor, series), ...participantsOnly }),
  version: (series) => series.version,
});

export const meetingAccess = defineAccess({
  name: '1:1 meeting',
  dataClass: 'performance',
  resource: '1:1',
  load: findMeeting,
  subjectOf: about,
  policy: (actor, row) => ({ ...meetingPolicy(actor, row.series, row.meeting), ...participantsOnly }),
  version: (row) => row.meeting.version,
  // A participant is refused only by the meeting's state: once completed it is a record.
  refusal: (action) => {
    if (action === 'complete') return new AppError('invalid_state', issue('meetingAlreadyCompleted'));
    if (action === 'editSharedNotes') return new AppError('invalid_state', issue('meetingNotesLocked'));
    if (action === 'addItems') return closed();
    return undefined;
  },
});

export const agendaItemAccess = defineAccess({
  name: 'Agenda item',
  dataClass: 'performance',
  resource: '1:1',
  load: findAgendaItem,
  subjectOf: about,
  policy: (actor, row) => {
    const meeting = meetingPolicy(actor, row.series, row.meeting);
    return { read: meeting.read, ...agendaItemPolicy(actor, meeting, row.item), ...participantsOnly };
  },
  version: (row) => row.item.version,
  refusal: (_action, _policy, row) => (row.meeting.status !== 'upcoming' ? closed() : undefined),
});

export const actionItemAccess = defineAccess({
  name: 'Action item',
  dataClass: 'performance',
  resource: '1:1',
  load: findActionItem,
  subjectOf: about,
  policy: (actor, row) => {
    const meeting = meetingPolicy(actor, row.series, row.meeting);
    return { read: meeting.read, ...actionItemPolicy(meeting), ...participantsOnly };
  },
  version: (row) => row.item.version,
  refusal: () => closed(),
});
