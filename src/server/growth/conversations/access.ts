import { issue } from '../../../contracts/issues';
import { recordAccess } from '../../platform/audit/accessLog';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/appError';
import { defineAccess, defineReach } from '../../platform/policy/access';
import { conversationPolicy, conversationRhythmReach, notePolicy } from './policy';
import { type ConversationRow, findConversation, findNoteIn } from './queries';

/**
 * The doors to a career conversation (GUIDE 12). A participant who may not take an action is held
 * back by the conversation's state, never by role (outsiders get 404 before): 409 `invalid_state`.
 */
const conversationGuard = (resource: string) =>
  defineAccess({
    name: 'Conversation',
    dataClass: 'development',
    resource,
    load: findConversation,
    subjectOf: (row) => row.employeeId,
    policy: conversationPolicy,
    version: (row) => row.version,
    refusal: (action, policy, row) => {
      if (action === 'addNote' || action === 'addAction')
        return new AppError('invalid_state', issue('conversationCancelled'));
      if (action === 'recordOutcome') return undefined;
      // The plan is the employee's: for them the state is in the way; for the manager, the role (403).
      if (action === 'makePlan') {
        if (policy.viewerRole !== 'employee') return undefined;
        return new AppError('invalid_state', issue(row.draftPlanId ? 'planAlreadyDrafted' : 'planAfterHeld'));
      }
      return new AppError('invalid_state', issue('conversationClosed'));
    },
  });

/** The conversation itself: its screen and every change to it (schedule, outcome, a new note). */
export const conversationAccess = conversationGuard('career conversation');

/** Its calendar invite: the same rule, logged as what it is. */
export const conversationInviteAccess = conversationGuard('career conversation invite');

/**
 * One note, loaded within its conversation (a note id under another conversation is not found).
 * The note's policy carries the conversation's: outsiders get 404, participants what the note allows.
 */
export const conversationNoteAccess = (conversationId: string) =>
  defineAccess({
    name: 'Note',
    dataClass: 'development',
    resource: 'career conversation note',
    load: (db, organizationId, noteId, forUpdate) =>
      findNoteIn(db, organizationId, conversationId, noteId, forUpdate),
    subjectOf: (row) => row.conversation.employeeId,
    policy: (actor, row, relation) => notePolicy(actor, row.conversation, row.note, relation),
    version: (row) => row.note.version,
  });

/** A person's conversation rhythm (dates only): themselves and their direct manager; others 404. */
export const conversationRhythmAccess = defineReach({
  dataClass: 'development',
  resource: 'career conversation dates',
  reach: (_actor, relation) => conversationRhythmReach(relation),
});

/**
 * Conversations listed for a participant: the manager reads that they exist (dates, people), which
 * goes on each employee's log once per list, by the same policy as a single conversation.
 */
export async function recordConversationsListed(db: Db, actor: Actor, rows: ConversationRow[]) {
  const logged = rows.filter((row) => conversationPolicy(actor, row, null).logAccess);
  for (const employeeId of new Set(logged.map((row) => row.employeeId)))
    await recordAccess(db, actor, {
      subjectPersonId: employeeId,
      dataClass: 'development',
      resource: 'career conversation dates',
    });
}

/** The rhythms of the caller's direct reports, as listed: each report's log shows the read. */
export async function recordRhythmsListed(db: Db, actor: Actor, personIds: string[]) {
  for (const personId of new Set(personIds))
    await recordAccess(db, actor, {
      subjectPersonId: personId,
      dataClass: 'development',
      resource: 'career conversation dates',
    });
}
