import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import { type ReviewState, reviewStates } from '../reviews/tables';
import {
  acknowledgeRefusal,
  addendumRefusal,
  calibrationPolicy,
  mayMoveRatingOf,
  type ReviewStanding,
  releasePolicy,
  releaseRefusal,
  sessionPolicy,
  sessionReach,
} from './policy';
import { calibrationStates } from './tables';

const actor = (roles: RoleName[] = []): Actor => ({
  accountId: 'a',
  organizationId: 'o',
  personId: 'p',
  email: 'x@example.test',
  roles: new Set(roles),
  locale: 'en',
  sessionId: 's',
  csrfToken: 'c',
});

const nothing = { read: false, move: false, admit: false, signOff: false };
const unassigned = { assignedApprover: false, signedOff: false };

describe('session policy: every role × session state', () => {
  for (const state of calibrationStates) {
    const open = state === 'open';
    const session = { state };

    it(`HR admin on a ${state} session: reads, moves and admits while open, never signs off unassigned`, () => {
      expect(sessionPolicy(actor(['hr_admin']), session, unassigned)).toEqual({
        read: true,
        move: open,
        admit: open,
        signOff: false,
      });
    });

    it(`assigned approver on a ${state} session: reads and signs off while open, never moves`, () => {
      expect(
        sessionPolicy(actor(['approver']), session, { assignedApprover: true, signedOff: false }),
      ).toEqual({
        ...nothing,
        read: true,
        signOff: open,
      });
      expect(
        sessionPolicy(actor(['approver']), session, { assignedApprover: true, signedOff: true }),
      ).toEqual({
        ...nothing,
        read: true,
      });
    });

    it(`approver not assigned to a ${state} session: nothing (404)`, () => {
      expect(sessionPolicy(actor(['approver']), session, unassigned)).toEqual(nothing);
    });

    it(`assignment without the approver role (revoked) on a ${state} session: nothing`, () => {
      expect(sessionPolicy(actor(), session, { assignedApprover: true, signedOff: false })).toEqual(nothing);
    });

    for (const roles of [[], ['coach'], ['org_admin']] as RoleName[][]) {
      it(`${roles[0] ?? 'employee, manager or skip-level manager'} on a ${state} session: nothing (404)`, () => {
        expect(sessionPolicy(actor(roles), session, unassigned)).toEqual(nothing);
      });
    }

    it(`HR admin who is also an assigned approver on a ${state} session: both sets`, () => {
      expect(
        sessionPolicy(actor(['hr_admin', 'approver']), session, { assignedApprover: true, signedOff: false }),
      ).toEqual({ read: true, move: open, admit: open, signOff: open });
    });
  }

  it('lists sessions for HR and approvers; only HR creates, plans and follows acknowledgments', () => {
    for (const roles of [[], ['coach'], ['org_admin']] as RoleName[][]) {
      expect(calibrationPolicy.list(actor(roles))).toBe(false);
      expect(calibrationPolicy.create(actor(roles))).toBe(false);
      expect(calibrationPolicy.plan(actor(roles))).toBe(false);
      expect(calibrationPolicy.acknowledgments(actor(roles))).toBe(false);
    }
    expect(calibrationPolicy.list(actor(['approver']))).toBe(true);
    expect(calibrationPolicy.create(actor(['approver']))).toBe(false);
    expect(calibrationPolicy.acknowledgments(actor(['approver']))).toBe(false);
    expect(calibrationPolicy.create(actor(['hr_admin']))).toBe(true);
    expect(calibrationPolicy.acknowledgments(actor(['hr_admin']))).toBe(true);
  });
});

const standings: Record<string, ReviewStanding> = {
  subject: { subject: true, reviewer: false, hr: false, chainManager: false },
  reviewer: { subject: false, reviewer: true, hr: false, chainManager: false },
  hr: { subject: false, reviewer: false, hr: true, chainManager: false },
  'skip-level (chain manager)': { subject: false, reviewer: false, hr: false, chainManager: true },
  'colleague, coach, org admin, approver': {
    subject: false,
    reviewer: false,
    hr: false,
    chainManager: false,
  },
};

const released = (state: ReviewState) => state === 'released' || state === 'acknowledged';
const afterCalibration = (state: ReviewState) => state === 'calibrated' || released(state);

describe('release policy: every standing × review state × session lock', () => {
  for (const state of reviewStates) {
    for (const sessionLocked of [false, true]) {
      const record = { state, sessionLocked };
      const ready = state === 'calibrated' && sessionLocked;
      const label = `${state}, session ${sessionLocked ? 'locked' : 'open'}`;

      it(`subject on ${label}: sees the outcome only once released, acknowledges once`, () => {
        expect(releasePolicy(standings.subject!, record)).toEqual({
          read: true,
          seeOutcome: released(state),
          release: false,
          writeAddendum: false,
          acknowledge: state === 'released',
        });
        expect(releaseRefusal(standings.subject!, record)).toBe('forbidden');
        expect(addendumRefusal(standings.subject!, record)).toBe('forbidden');
        expect(acknowledgeRefusal(standings.subject!, record)).toBe(
          state === 'released' ? null : 'invalid_state',
        );
      });

      it(`reviewing manager on ${label}: releases and writes the addendum only when calibrated and locked`, () => {
        expect(releasePolicy(standings.reviewer!, record)).toEqual({
          read: true,
          seeOutcome: afterCalibration(state),
          release: ready,
          writeAddendum: ready,
          acknowledge: false,
        });
        expect(releaseRefusal(standings.reviewer!, record)).toBe(
          ready ? null : released(state) ? 'invalid_state' : 'calibration_not_locked',
        );
        expect(addendumRefusal(standings.reviewer!, record)).toBe(
          ready ? null : released(state) ? 'addendum_locked' : 'calibration_not_locked',
        );
        expect(acknowledgeRefusal(standings.reviewer!, record)).toBe('forbidden');
      });

      it(`HR on ${label}: may release, never writes the manager's addendum`, () => {
        expect(releasePolicy(standings.hr!, record)).toEqual({
          read: true,
          seeOutcome: afterCalibration(state),
          release: ready,
          writeAddendum: false,
          acknowledge: false,
        });
        expect(addendumRefusal(standings.hr!, record)).toBe('forbidden');
      });

      it(`skip-level manager on ${label}: reads, changes nothing`, () => {
        expect(releasePolicy(standings['skip-level (chain manager)']!, record)).toEqual({
          read: true,
          seeOutcome: afterCalibration(state),
          release: false,
          writeAddendum: false,
          acknowledge: false,
        });
        expect(releaseRefusal(standings['skip-level (chain manager)']!, record)).toBe('forbidden');
      });

      it(`anyone else on ${label}: nothing (404)`, () => {
        expect(releasePolicy(standings['colleague, coach, org admin, approver']!, record)).toEqual({
          read: false,
          seeOutcome: false,
          release: false,
          writeAddendum: false,
          acknowledge: false,
        });
      });
    }
  }

  it('an HR admin who is the subject sees their outcome only once released, like anyone', () => {
    const self = { subject: true, reviewer: false, hr: true, chainManager: false };
    const record = { state: 'calibrated' as const, sessionLocked: true };
    expect(releasePolicy(self, record)).toMatchObject({
      release: false,
      writeAddendum: false,
      seeOutcome: false,
    });
    expect(releaseRefusal(self, record)).toBe('forbidden');
  });
});

/**
 * GUIDE 12, the list side: the sessions list filters with `sessionReach` ('all', or the sessions an
 * approver is assigned to); it must list exactly the sessions `sessionPolicy` lets the caller read,
 * for every role set × assignment × state. 'none' is the roles the list refuses (403).
 */
describe('session reach and session policy agree', () => {
  const roleSets: RoleName[][] = [
    [],
    ['approver'],
    ['hr_admin'],
    ['hr_admin', 'approver'],
    ['coach'],
    ['org_admin'],
    ['org_admin', 'approver'],
  ];
  for (const roles of roleSets)
    it(roles.join(' + ') || 'no role', () => {
      const reach = sessionReach(actor(roles));
      expect(reach === 'none').toBe(!calibrationPolicy.list(actor(roles)));
      for (const state of calibrationStates)
        for (const assignedApprover of [false, true])
          for (const signedOff of assignedApprover ? [false, true] : [false]) {
            // The list's filter: every session, or those with the caller among its approvers.
            const listed =
              reach === 'all' || (reach !== 'none' && assignedApprover && reach.approverId === 'p');
            expect(listed, `${state}, assigned ${assignedApprover}`).toBe(
              sessionPolicy(actor(roles), { state }, { assignedApprover, signedOff }).read,
            );
          }
    });
});

describe('moving a rating in a session', () => {
  it('nobody moves their own rating, whatever their role', () => {
    expect(mayMoveRatingOf(actor(['hr_admin']), { subjectId: 'p' })).toBe(false);
    expect(mayMoveRatingOf(actor(['hr_admin']), { subjectId: 'someone else' })).toBe(true);
  });
});
