import { describe, expect, it } from 'vitest';
import type { ConversationStatus } from '../../../contracts/conversations';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import type { Relation } from '../../platform/policy/relations';
import { canEditConversationRules, conversationPolicy, conversationRhythmReach, notePolicy } from './policy';

const actor = (personId: string, roles: RoleName[] = []): Actor => ({
  accountId: 'a',
  organizationId: 'o',
  personId,
  email: 'x@example.test',
  roles: new Set(roles),
  locale: 'en',
  sessionId: 's',
  csrfToken: 'c',
});
const statuses: ConversationStatus[] = ['scheduled', 'completed', 'cancelled'];
const conversation = (status: ConversationStatus) => ({ employeeId: 'emp', managerId: 'mgr', status });
/** Everyone but the two participants, with their relation to the employee. */
const outsiders: [string, Actor, Relation | null][] = [
  ['skip-level manager', actor('skip'), 'skip_level_manager'],
  ['HR admin', actor('hr', ['hr_admin']), 'colleague'],
  ['HR admin who is also the skip-level', actor('hr', ['hr_admin']), 'skip_level_manager'],
  ['approver', actor('ap', ['approver']), 'colleague'],
  ['coach', actor('co', ['coach']), 'colleague'],
  ['org admin', actor('ad', ['org_admin']), 'colleague'],
  ['colleague', actor('col'), 'colleague'],
  ['someone in another organisation', actor('x', ['hr_admin']), null],
];

describe('career conversation policy', () => {
  for (const status of statuses) {
    const scheduled = status === 'scheduled';
    it(`the employee on a ${status} conversation`, () => {
      expect(conversationPolicy(actor('emp'), conversation(status), 'self')).toEqual({
        read: true,
        viewerRole: 'employee',
        readShared: true,
        reschedule: scheduled,
        cancel: scheduled,
        complete: scheduled,
        addNote: status !== 'cancelled',
        addAction: status !== 'cancelled',
        recordOutcome: scheduled,
        makePlan: status === 'completed',
        logAccess: false,
      });
    });
    it(`the manager on a ${status} conversation`, () => {
      expect(conversationPolicy(actor('mgr'), conversation(status), 'direct_manager')).toEqual({
        read: true,
        viewerRole: 'manager',
        readShared: true,
        reschedule: scheduled,
        cancel: scheduled,
        complete: scheduled,
        addNote: status !== 'cancelled',
        addAction: status !== 'cancelled',
        // The outcome writes into the employee's aspirations and plan: never the manager's to record.
        recordOutcome: false,
        makePlan: false,
        logAccess: true,
      });
    });
    it(`a manager the employee has since left, on a ${status} conversation, reads nothing shared`, () => {
      for (const relation of ['colleague', 'skip_level_manager', null] as const)
        expect(conversationPolicy(actor('mgr'), conversation(status), relation)).toMatchObject({
          read: true,
          viewerRole: 'manager',
          readShared: false,
          recordOutcome: false,
        });
    });
    for (const [label, who, relation] of outsiders) {
      it(`${label} on a ${status} conversation sees nothing and may do nothing`, () => {
        expect(conversationPolicy(who, conversation(status), relation)).toEqual({
          read: false,
          viewerRole: null,
          readShared: false,
          reschedule: false,
          cancel: false,
          complete: false,
          addNote: false,
          addAction: false,
          recordOutcome: false,
          makePlan: false,
          logAccess: false,
        });
      });
    }
  }
});

describe('conversation note policy', () => {
  const none = { read: false, edit: false, share: false, remove: false, logAccess: false };
  for (const status of statuses) {
    const open = status !== 'cancelled';
    for (const shared of [true, false]) {
      const employeeNote = { authorId: 'emp', sharedWithManager: shared };
      it(`an employee's ${shared ? 'shared' : 'private'} note on a ${status} conversation`, () => {
        expect(notePolicy(actor('emp'), conversation(status), employeeNote, 'self')).toEqual({
          read: true,
          edit: open,
          share: open,
          remove: true,
          logAccess: false,
        });
        expect(notePolicy(actor('mgr'), conversation(status), employeeNote, 'direct_manager')).toEqual({
          read: shared,
          edit: false,
          share: false,
          remove: false,
          logAccess: shared,
        });
        // "Shared with my manager" is the current direct manager: not one the employee has left.
        for (const relation of ['colleague', 'skip_level_manager', null] as const)
          expect(notePolicy(actor('mgr'), conversation(status), employeeNote, relation)).toEqual(none);
        for (const [, who, relation] of outsiders)
          expect(notePolicy(who, conversation(status), employeeNote, relation)).toEqual(none);
      });
    }
    it(`a manager's note on a ${status} conversation is read by both; the employee may remove it`, () => {
      const managerNote = { authorId: 'mgr', sharedWithManager: false };
      for (const relation of ['direct_manager', 'colleague'] as const)
        expect(notePolicy(actor('mgr'), conversation(status), managerNote, relation)).toEqual({
          read: true,
          edit: open,
          share: false,
          remove: true,
          logAccess: true,
        });
      expect(notePolicy(actor('emp'), conversation(status), managerNote, 'self')).toEqual({
        read: true,
        edit: false,
        share: false,
        remove: true,
        logAccess: false,
      });
      for (const [, who, relation] of outsiders)
        expect(notePolicy(who, conversation(status), managerNote, relation).read).toBe(false);
    });
  }

  it('whoever may share a note may also reword it (a change of both asks for `share`)', () => {
    const callers: [Actor, Relation | null][] = [
      [actor('emp'), 'self'],
      [actor('mgr'), 'direct_manager'],
      ...outsiders.map(([, who, relation]) => [who, relation] as [Actor, Relation | null]),
    ];
    for (const status of statuses)
      for (const authorId of ['emp', 'mgr'])
        for (const sharedWithManager of [true, false])
          for (const [who, relation] of callers) {
            const policy = notePolicy(who, conversation(status), { authorId, sharedWithManager }, relation);
            if (policy.share) expect(policy.edit).toBe(true);
          }
  });
});

describe('conversation rhythm reach', () => {
  it('the person and their direct manager; nobody else, the skip-level included', () => {
    expect(conversationRhythmReach('self')).toBe('own');
    expect(conversationRhythmReach('direct_manager')).toBe('report');
    for (const relation of ['skip_level_manager', 'colleague', null] as const)
      expect(conversationRhythmReach(relation)).toBe('none');
  });
});

describe('conversation rules', () => {
  it('only HR admins edit the cadence, window and question bank', () => {
    expect(canEditConversationRules(actor('hr', ['hr_admin']))).toBe(true);
    for (const roles of [[], ['org_admin'], ['approver'], ['coach']] as RoleName[][])
      expect(canEditConversationRules(actor('x', roles))).toBe(false);
  });
});
