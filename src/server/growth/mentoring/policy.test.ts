import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import { matchPolicy, matchReach, programmePolicy } from './policy';

const actor = (personId: string, roles: string[] = []) =>
  ({ personId, roles: new Set(roles), organizationId: 'org' }) as unknown as Actor;

const match = {
  menteeId: 'mentee',
  mentorId: 'mentor',
  status: 'active' as const,
  sharedWithManager: false,
  agreementWrittenAt: new Date(),
  menteeRating: null,
  mentorRating: null,
};
const outside = { relationToMentee: 'colleague' as const, programmeAdmin: false };

describe('mentoring policy', () => {
  it('the pair reads everything; the manager only while shared; admins without the private part', () => {
    expect(matchPolicy(actor('mentee'), match, outside)).toMatchObject({
      read: true,
      readPrivate: true,
      logAccess: false,
    });
    expect(matchPolicy(actor('mentor'), match, outside)).toMatchObject({
      viewerRole: 'mentor',
      logSession: true,
    });
    const manager = { relationToMentee: 'direct_manager' as const, programmeAdmin: false };
    expect(matchPolicy(actor('boss'), match, manager).read).toBe(false);
    expect(matchPolicy(actor('boss'), { ...match, sharedWithManager: true }, manager)).toMatchObject({
      read: true,
      readPrivate: false,
      viewerRole: 'manager',
      logAccess: true,
    });
    const skip = { relationToMentee: 'skip_level_manager' as const, programmeAdmin: false };
    expect(matchPolicy(actor('skip'), { ...match, sharedWithManager: true }, skip).read).toBe(false);
    const admin = matchPolicy(actor('hr', ['hr_admin']), match, {
      relationToMentee: 'colleague',
      programmeAdmin: true,
    });
    expect(admin).toMatchObject({
      read: true,
      readPrivate: false,
      close: true,
      logSession: false,
      logAccess: true,
    });
  });

  it('each step belongs to one side and one state', () => {
    const proposed = { ...match, status: 'proposed' as const, agreementWrittenAt: null };
    expect(matchPolicy(actor('mentor'), proposed, outside).respond).toBe(true);
    expect(matchPolicy(actor('mentee'), proposed, outside).respond).toBe(false);
    const accepted = { ...match, status: 'accepted' as const };
    expect(matchPolicy(actor('mentee'), accepted, outside).confirmAgreement).toBe(true);
    expect(
      matchPolicy(actor('mentee'), { ...accepted, agreementWrittenAt: null }, outside).confirmAgreement,
    ).toBe(false);
    const closed = { ...match, status: 'closed' as const, menteeRating: 4 };
    expect(matchPolicy(actor('mentee'), closed, outside).feedback).toBe(false);
    expect(matchPolicy(actor('mentor'), closed, outside).feedback).toBe(true);
  });

  it('lists reach what single reads reach', () => {
    expect(matchReach('self')).toBe('all');
    expect(matchReach('direct_manager')).toBe('shared');
    expect(matchReach('skip_level_manager')).toBe('none');
    expect(matchReach('colleague')).toBe('none');
  });

  it('drafts are for the people who run the programme', () => {
    expect(programmePolicy(actor('x'), { status: 'draft' }, false, false).read).toBe(false);
    expect(programmePolicy(actor('x'), { status: 'draft' }, true, false)).toMatchObject({
      read: true,
      editAdmins: false,
    });
    expect(programmePolicy(actor('x', ['hr_admin']), { status: 'open' }, false, true)).toMatchObject({
      manage: true,
      editAdmins: true,
      join: true,
    });
  });
});
