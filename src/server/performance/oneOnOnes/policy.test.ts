import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import {
  actionItemPolicy,
  agendaItemPolicy,
  meetingPolicy,
  privateNotePolicy,
  seriesPolicy,
  seriesReach,
} from './policy';

const actor = (personId: string | null, roles: RoleName[] = []): Actor => ({
  accountId: 'a',
  organizationId: 'o',
  personId,
  email: 'x@example.test',
  roles: new Set(roles),
  locale: 'en',
  sessionId: 's',
  csrfToken: 'c',
});

const series = { organizerId: 'manager', attendeeId: 'report' };
const allRoles: RoleName[] = ['hr_admin', 'approver', 'coach', 'org_admin'];
/** Everyone who is not in the room, with every role there is: none of it grants anything. */
const outsiders = [
  actor('skip-level'),
  actor('managers-manager', allRoles),
  actor('hr', ['hr_admin']),
  actor('approver', ['approver']),
  actor('coach', ['coach']),
  actor('admin', ['org_admin']),
  actor(null, allRoles),
];
const participants = [actor('manager'), actor('report'), actor('report', allRoles)];
const states = ['upcoming', 'completed'] as const;

describe('1:1 policy', () => {
  for (const state of states) {
    it(`participants on a ${state} meeting`, () => {
      for (const p of participants) {
        expect(seriesPolicy(p, series)).toEqual({ read: true, update: true });
        const open = state === 'upcoming';
        const meeting = meetingPolicy(p, series, { status: state });
        expect(meeting).toEqual({
          read: true,
          addItems: open,
          editSharedNotes: open,
          complete: open,
          writePrivateNote: true,
        });
        expect(agendaItemPolicy(p, meeting, { authorId: p.personId })).toEqual({
          edit: open,
          tick: open,
          remove: open,
        });
        expect(agendaItemPolicy(p, meeting, { authorId: 'someone-else' })).toEqual({
          edit: false,
          tick: open,
          remove: false,
        });
        // A suggestion (no author) is dismissed by either participant, reworded by nobody.
        expect(agendaItemPolicy(p, meeting, { authorId: null })).toEqual({
          edit: false,
          tick: open,
          remove: open,
        });
        expect(actionItemPolicy(meeting)).toEqual({ edit: open });
      }
    });

    it(`nobody else, whatever their role, on a ${state} meeting`, () => {
      for (const o of outsiders) {
        expect(seriesPolicy(o, series)).toEqual({ read: false, update: false });
        const meeting = meetingPolicy(o, series, { status: state });
        expect(meeting).toEqual({
          read: false,
          addItems: false,
          editSharedNotes: false,
          complete: false,
          writePrivateNote: false,
        });
        expect(agendaItemPolicy(o, meeting, { authorId: o.personId })).toEqual({
          edit: false,
          tick: false,
          remove: false,
        });
        expect(agendaItemPolicy(o, meeting, { authorId: null })).toEqual({
          edit: false,
          tick: false,
          remove: false,
        });
        expect(actionItemPolicy(meeting)).toEqual({ edit: false });
      }
    });
  }

  it('a private note is read by its author and nobody else: not the other participant, not any role', () => {
    const note = { authorId: 'report' };
    expect(privateNotePolicy(actor('report'), note)).toEqual({ read: true });
    for (const other of [actor('manager'), ...outsiders])
      expect(privateNotePolicy(other, note)).toEqual({ read: false });
    expect(privateNotePolicy(actor(null, allRoles), { authorId: 'report' })).toEqual({ read: false });
  });

  it('the series list reaches exactly the series the single-series rule lets the caller read', () => {
    // The list filters "organizer or attendee is the reach's participant" (queries.ts listOwnSeries).
    const listed = (who: Actor) => {
      const reach = seriesReach(who);
      return reach !== 'none' && [series.organizerId, series.attendeeId].includes(reach.participantId);
    };
    for (const who of [...participants, ...outsiders])
      expect(listed(who)).toBe(seriesPolicy(who, series).read);
  });
});
