import { describe, expect, it } from 'vitest';
import type { ConversationStatus } from '../../../contracts/conversations';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import { canEditConversationRules, conversationPolicy, notePolicy } from './policy';

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
const outsiders: [string, Actor][] = [
  ['skip-level manager', actor('skip')],
  ['HR admin', actor('hr', ['hr_admin'])],
  ['approver', actor('ap', ['approver'])],
  ['coach', actor('co', ['coach'])],
  ['org admin', actor('ad', ['org_admin'])],
  ['colleague', actor('col')],
];

describe('career conversation policy', () => {
  for (const status of statuses) {
    const scheduled = status === 'scheduled';
    it(`the employee on a ${status} conversation`, () => {
      expect(conversationPolicy(actor('emp'), conversation(status))).toEqual({
        read: true,
        viewerRole: 'employee',
        reschedule: scheduled,
        cancel: scheduled,
        complete: scheduled,
        addNote: status !== 'cancelled',
        recordOutcome: scheduled,
        logAccess: false,
      });
    });
    it(`the manager on a ${status} conversation`, () => {
      expect(conversationPolicy(actor('mgr'), conversation(status))).toEqual({
        read: true,
        viewerRole: 'manager',
        reschedule: scheduled,
        cancel: scheduled,
        complete: scheduled,
        addNote: status !== 'cancelled',
        // The outcome writes into the employee's aspirations and plan: never the manager's to record.
        recordOutcome: false,
        logAccess: true,
      });
    });
    for (const [label, who] of outsiders) {
      it(`${label} on a ${status} conversation sees nothing and may do nothing`, () => {
        expect(conversationPolicy(who, conversation(status))).toEqual({
          read: false,
          viewerRole: null,
          reschedule: false,
          cancel: false,
          complete: false,
          addNote: false,
          recordOutcome: false,
          logAccess: false,
        });
      });
    }
  }
});

describe('conversation note policy', () => {
  for (const status of statuses) {
    const open = status !== 'cancelled';
    for (const shared of [true, false]) {
      const employeeNote = { authorId: 'emp', sharedWithManager: shared };
      it(`an employee's ${shared ? 'shared' : 'private'} note on a ${status} conversation`, () => {
        expect(notePolicy(actor('emp'), conversation(status), employeeNote)).toEqual({
          read: true,
          edit: open,
          share: open,
          remove: true,
        });
        expect(notePolicy(actor('mgr'), conversation(status), employeeNote)).toEqual({
          read: shared,
          edit: false,
          share: false,
          remove: false,
        });
        for (const [, who] of outsiders)
          expect(notePolicy(who, conversation(status), employeeNote)).toEqual({
            read: false,
            edit: false,
            share: false,
            remove: false,
          });
      });
    }
    it(`a manager's note on a ${status} conversation is read by both; the employee may remove it`, () => {
      const managerNote = { authorId: 'mgr', sharedWithManager: false };
      expect(notePolicy(actor('mgr'), conversation(status), managerNote)).toEqual({
        read: true,
        edit: open,
        share: false,
        remove: true,
      });
      expect(notePolicy(actor('emp'), conversation(status), managerNote)).toEqual({
        read: true,
        edit: false,
        share: false,
        remove: true,
      });
      for (const [, who] of outsiders)
        expect(notePolicy(who, conversation(status), managerNote).read).toBe(false);
    });
  }
});

describe('conversation rules', () => {
  it('only HR admins edit the cadence, window and question bank', () => {
    expect(canEditConversationRules(actor('hr', ['hr_admin']))).toBe(true);
    for (const roles of [[], ['org_admin'], ['approver'], ['coach']] as RoleName[][])
      expect(canEditConversationRules(actor('x', roles))).toBe(false);
  });
});
