import { describe, expect, it } from 'vitest';
import type { ReviewAbilities } from '../../../contracts/reviews';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import type { Relation } from '../../platform/policy/relations';
import { managesPerson } from '../../platform/policy/relations';
import {
  canAcknowledgeReview,
  canReadForm,
  canReleaseReview,
  cyclePolicy,
  formPolicy,
  formRefusal,
  personReviewsReach,
  type ReviewFacts,
  reviewFormPolicy,
  reviewPolicy,
} from './policy';
import { type ReviewState, reviewStates } from './tables';

const SUBJECT = 'subject';
const REVIEWER = 'reviewer';

const actor = (personId: string, roles: RoleName[] = []): Actor => ({
  accountId: `account-${personId}`,
  organizationId: 'org',
  personId,
  email: `${personId}@example.test`,
  roles: new Set(roles),
  locale: 'en',
  sessionId: 's',
  csrfToken: 'c',
});

function factsIn(state: ReviewState, managerSeesSelfReview = true): ReviewFacts {
  return {
    state,
    subjectId: SUBJECT,
    reviewerId: REVIEWER,
    managerSeesSelfReview,
    selfSubmitted: state !== 'self_review',
    managerSubmitted: state !== 'self_review' && state !== 'manager_review',
    hasPeerPhase: true,
    cycleClosed: false,
  };
}

const none: ReviewAbilities & { read: boolean } = {
  read: false,
  viewSelfForm: false,
  viewManagerForm: false,
  viewPeerForms: false,
  viewProposedRating: false,
  viewFinalRating: false,
  editSelf: false,
  editManager: false,
  requestPeerInput: false,
  reopen: false,
  reassign: false,
  release: false,
  acknowledge: false,
  addAddendum: false,
};

const noStanding = { inManagementChain: false, approvesSession: false };
const chain = { inManagementChain: true, approvesSession: false };
const isReleased = (s: ReviewState) => s === 'released' || s === 'acknowledged';
const isCalibratedOrLater = (s: ReviewState) => ['calibrated', 'released', 'acknowledged'].includes(s);
const drafting = (s: ReviewState) => s === 'self_review' || s === 'manager_review';
const managerDone = (s: ReviewState) => !drafting(s);

/** The read-only view of someone in the management chain, an approver of the session, or HR. */
const readOnlyView = (s: ReviewState) => ({
  ...none,
  read: true,
  viewSelfForm: s !== 'self_review',
  viewManagerForm: managerDone(s),
  viewPeerForms: managerDone(s),
  viewProposedRating: managerDone(s),
  viewFinalRating: isCalibratedOrLater(s),
});

describe('review policy, every actor × every review state', () => {
  for (const state of reviewStates) {
    describe(state, () => {
      it('subject: own self review; manager form, final rating only once released; never the proposal', () => {
        for (const roles of [[], ['hr_admin'], ['org_admin'], ['approver']] as RoleName[][]) {
          expect(
            reviewPolicy(actor(SUBJECT, roles), factsIn(state), {
              inManagementChain: false,
              approvesSession: true,
            }),
          ).toEqual({
            ...none,
            read: true,
            viewSelfForm: true,
            viewManagerForm: isReleased(state),
            viewFinalRating: isReleased(state),
            editSelf: state === 'self_review',
            acknowledge: state === 'released',
          });
        }
      });

      it('reviewer (manager at launch): writes while drafting, reads peers and proposal, releases once calibrated', () => {
        for (const sees of [true, false]) {
          expect(reviewPolicy(actor(REVIEWER), factsIn(state, sees), noStanding)).toEqual({
            ...none,
            read: true,
            viewSelfForm: state !== 'self_review' && (sees || managerDone(state)),
            viewManagerForm: true,
            viewPeerForms: true,
            viewProposedRating: true,
            viewFinalRating: isCalibratedOrLater(state),
            editManager: drafting(state),
            requestPeerInput: drafting(state),
            release: state === 'calibrated',
            addAddendum: state === 'calibrated',
          });
        }
      });

      it('skip-level manager and a current manager who is not the reviewer: read-only, submitted work only', () => {
        expect(reviewPolicy(actor('skip'), factsIn(state), chain)).toEqual(readOnlyView(state));
        expect(reviewPolicy(actor('new-manager'), factsIn(state, false), chain)).toEqual(readOnlyView(state));
      });

      it('HR admin: read-only, plus reopen before calibration, reassign while the manager form is open, release once calibrated', () => {
        expect(reviewPolicy(actor('hr', ['hr_admin']), factsIn(state), noStanding)).toEqual({
          ...readOnlyView(state),
          reopen:
            state !== 'self_review' &&
            !['in_calibration', 'calibrated', 'released', 'acknowledged'].includes(state),
          reassign: drafting(state),
          release: state === 'calibrated',
        });
      });

      it('approver: the read-only view for reviews in a session they approve, otherwise nothing', () => {
        expect(
          reviewPolicy(actor('approver', ['approver']), factsIn(state), {
            inManagementChain: false,
            approvesSession: true,
          }),
        ).toEqual(readOnlyView(state));
        expect(reviewPolicy(actor('approver', ['approver']), factsIn(state), noStanding)).toEqual(none);
      });

      it('peer writer, coach, org admin, colleague: the review does not exist for them', () => {
        expect(reviewPolicy(actor('peer-writer'), factsIn(state), noStanding)).toEqual(none);
        expect(reviewPolicy(actor('coach', ['coach']), factsIn(state), noStanding)).toEqual(none);
        expect(reviewPolicy(actor('admin', ['org_admin']), factsIn(state), noStanding)).toEqual(none);
        expect(reviewPolicy(actor('colleague'), factsIn(state), noStanding)).toEqual(none);
        // Signing off some session does not help without the approver role.
        expect(
          reviewPolicy(actor('colleague'), factsIn(state), {
            inManagementChain: false,
            approvesSession: true,
          }),
        ).toEqual(none);
      });

      it('forms: only the author writes, only while drafting; the manager submits after the self review', () => {
        const facts = factsIn(state);
        const self = {
          kind: 'self' as const,
          state: facts.selfSubmitted ? ('submitted' as const) : ('draft' as const),
          authorId: SUBJECT,
        };
        const manager = { kind: 'manager' as const, state: 'draft' as const, authorId: REVIEWER };
        const peer = { kind: 'peer' as const, state: 'draft' as const, authorId: 'peer-writer' };
        expect(formPolicy(actor(SUBJECT), self, facts)).toEqual({
          edit: state === 'self_review',
          submit: state === 'self_review',
          reopen: false,
        });
        expect(formPolicy(actor(REVIEWER), manager, facts)).toEqual({
          edit: drafting(state),
          submit: state === 'manager_review',
          reopen: false,
        });
        expect(formPolicy(actor('peer-writer'), peer, facts)).toEqual({
          edit: drafting(state),
          submit: drafting(state),
          reopen: false,
        });
        for (const other of [
          actor(SUBJECT),
          actor('skip'),
          actor('hr', ['hr_admin']),
          actor('admin', ['org_admin']),
        ]) {
          expect(formPolicy(other, manager, facts).edit).toBe(false);
          expect(formPolicy(other, peer, facts).edit).toBe(false);
        }
        const submittedManager = { ...manager, state: 'submitted' as const };
        expect(formPolicy(actor('hr', ['hr_admin']), submittedManager, facts).reopen).toBe(
          !['in_calibration', 'calibrated', 'released', 'acknowledged'].includes(state),
        );
        expect(formPolicy(actor(REVIEWER), submittedManager, facts)).toEqual({
          edit: false,
          submit: false,
          reopen: false,
        });
      });

      it('release belongs to the reviewer (or HR), acknowledgment to the subject, at their moment only', () => {
        const review = { state, reviewerId: REVIEWER, subjectId: SUBJECT };
        expect(canReleaseReview(actor(REVIEWER), review)).toBe(state === 'calibrated');
        expect(canReleaseReview(actor('hr', ['hr_admin']), review)).toBe(state === 'calibrated');
        expect(canReleaseReview(actor(SUBJECT, ['hr_admin']), review)).toBe(false);
        expect(canReleaseReview(actor('colleague'), review)).toBe(false);
        expect(canReleaseReview(actor(SUBJECT), review)).toBe(false);
        expect(canAcknowledgeReview(actor(SUBJECT), { state, subjectId: SUBJECT })).toBe(
          state === 'released',
        );
        expect(canAcknowledgeReview(actor(REVIEWER), { state, subjectId: SUBJECT })).toBe(false);
      });
    });
  }

  it('a closed cycle: nothing is written, submitted, reopened, reassigned or asked for; reading and release remain', () => {
    for (const state of reviewStates) {
      const facts = { ...factsIn(state), cycleClosed: true };
      const hr = actor('hr', ['hr_admin']);
      const open = factsIn(state);
      for (const [who, standing] of [
        [actor(SUBJECT), noStanding],
        [actor(REVIEWER), noStanding],
        [actor('skip'), chain],
        [hr, noStanding],
      ] as const) {
        const closed = reviewPolicy(who, facts, standing);
        expect(closed).toMatchObject({
          editSelf: false,
          editManager: false,
          requestPeerInput: false,
          reopen: false,
          reassign: false,
        });
        const before = reviewPolicy(who, open, standing);
        // What one may read, release or acknowledge does not change with the cycle's status.
        expect({
          ...closed,
          editSelf: 0,
          editManager: 0,
          requestPeerInput: 0,
          reopen: 0,
          reassign: 0,
        }).toEqual({
          ...before,
          editSelf: 0,
          editManager: 0,
          requestPeerInput: 0,
          reopen: 0,
          reassign: 0,
        });
      }
      const draftSelf = { kind: 'self' as const, state: 'draft' as const, authorId: SUBJECT };
      const submittedSelf = { ...draftSelf, state: 'submitted' as const };
      expect(formPolicy(actor(SUBJECT), draftSelf, facts)).toEqual({
        edit: false,
        submit: false,
        reopen: false,
      });
      expect(formPolicy(hr, submittedSelf, facts).reopen).toBe(false);
    }
  });

  it('cycles: HR edits and launches drafts, reminds and closes active cycles, and does nothing to closed ones', () => {
    const hr = actor('hr', ['hr_admin']);
    expect(cyclePolicy.abilities(hr, 'draft')).toEqual({
      update: true,
      launch: true,
      sendReminders: false,
      close: false,
    });
    expect(cyclePolicy.abilities(hr, 'active')).toEqual({
      update: false,
      launch: false,
      sendReminders: true,
      close: true,
    });
    expect(cyclePolicy.abilities(hr, 'closed')).toEqual({
      update: false,
      launch: false,
      sendReminders: false,
      close: false,
    });
    for (const roles of [[], ['org_admin'], ['approver'], ['coach']] as RoleName[][]) {
      for (const status of ['draft', 'active', 'closed'] as const) {
        expect(Object.values(cyclePolicy.abilities(actor('someone', roles), status))).not.toContain(true);
      }
    }
  });

  it('drafts are readable by their author only', () => {
    const all = { ...none, viewSelfForm: true, viewManagerForm: true, viewPeerForms: true };
    const draft = { kind: 'manager' as const, state: 'draft' as const, authorId: REVIEWER };
    expect(canReadForm(actor(REVIEWER), draft, none)).toBe(true);
    expect(canReadForm(actor('hr', ['hr_admin']), draft, all)).toBe(false);
    expect(canReadForm(actor('hr', ['hr_admin']), { ...draft, state: 'submitted' }, all)).toBe(true);
    expect(canReadForm(actor('skip'), { ...draft, state: 'submitted' }, none)).toBe(false);
  });
});

/**
 * GUIDE 12, the list side: whether a person's reviews list answers at all (`personReviewsReach`)
 * agrees with the single-review rule for every role × relation × standing × state. 'all' means the
 * policy reads every review of the person; 'involved', exactly those the caller writes or approves;
 * 'none', nothing.
 */
describe('a person’s reviews list and the review policy agree', () => {
  const relations: (Relation | null)[] = ['self', 'direct_manager', 'skip_level_manager', 'colleague', null];
  const roleSets: RoleName[][] = [
    [],
    ['approver'],
    ['coach'],
    ['org_admin'],
    ['hr_admin'],
    ['hr_admin', 'approver'],
  ];
  for (const roles of roleSets)
    for (const relation of relations)
      it(`${roles.join(' + ') || 'no role'} as ${relation ?? 'another organisation'}`, () => {
        const reach = personReviewsReach(actor('caller', roles), relation);
        for (const state of reviewStates)
          for (const reviewer of relation === 'self' || relation === null ? [false] : [false, true])
            for (const approvesSession of [false, true]) {
              const facts = {
                ...factsIn(state),
                subjectId: relation === 'self' ? 'caller' : SUBJECT,
                reviewerId: reviewer ? 'caller' : REVIEWER,
              };
              const standing = { inManagementChain: managesPerson(relation), approvesSession };
              const read = relation !== null && reviewPolicy(actor('caller', roles), facts, standing).read;
              const involved = reviewer || (roles.includes('approver') && approvesSession);
              const listed = reach === 'all' || (reach === 'involved' && involved);
              expect(listed, `${state}, reviewer ${reviewer}, approves ${approvesSession}`).toBe(read);
            }
      });
});

describe('form guard policy', () => {
  it('the author always opens their own form; others read it as the review allows, or to reopen it', () => {
    for (const state of reviewStates) {
      const facts = factsIn(state);
      const peerForm = { kind: 'peer' as const, state: 'submitted' as const, authorId: 'peer' };
      expect(reviewFormPolicy(actor('peer'), peerForm, facts, noStanding)).toMatchObject({
        read: true,
        openAsAuthor: true,
      });
      expect(reviewFormPolicy(actor('colleague'), peerForm, facts, noStanding).read).toBe(false);
      expect(reviewFormPolicy(actor('boss'), peerForm, facts, chain)).toMatchObject({
        read: managerDone(state),
        openAsAuthor: false,
      });
    }
  });

  it('refusals name a closed cycle, then a locked form, then the state, then the role', () => {
    const draft = { kind: 'manager' as const, state: 'draft' as const, authorId: REVIEWER };
    const submitted = { ...draft, state: 'submitted' as const };
    const closed = { ...factsIn('manager_review'), cycleClosed: true };
    expect(formRefusal(actor(REVIEWER), 'edit', draft, closed)?.code).toBe('cycle_closed');
    expect(formRefusal(actor(REVIEWER), 'edit', submitted, factsIn('submitted'))?.code).toBe('review_locked');
    expect(formRefusal(actor('hr', ['hr_admin']), 'edit', draft, factsIn('manager_review'))?.code).toBe(
      'forbidden',
    );
    expect(formRefusal(actor(REVIEWER), 'edit', draft, factsIn('in_calibration'))?.code).toBe(
      'invalid_state',
    );
    expect(formRefusal(actor(REVIEWER), 'submit', draft, factsIn('self_review'))?.code).toBe('invalid_state');
    expect(formRefusal(actor(REVIEWER), 'submit', submitted, factsIn('submitted'))?.code).toBe(
      'review_locked',
    );
    expect(formRefusal(actor(REVIEWER), 'reopen', submitted, factsIn('submitted'))?.code).toBe('forbidden');
    expect(formRefusal(actor('hr', ['hr_admin']), 'reopen', submitted, factsIn('in_calibration'))?.code).toBe(
      'invalid_state',
    );
    expect(formRefusal(actor('hr', ['hr_admin']), 'reopen', draft, factsIn('manager_review'))?.code).toBe(
      'invalid_state',
    );
    expect(formRefusal(actor('hr', ['hr_admin']), 'reopen', submitted, factsIn('submitted'))).toBeNull();
    expect(formRefusal(actor(REVIEWER), 'edit', draft, factsIn('manager_review'))).toBeNull();
  });
});
