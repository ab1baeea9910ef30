import { sql } from 'drizzle-orm';
import { inOrg, isPerson } from '../../platform/erasure/helpers';
import { retentionRules } from '../../platform/erasure/retention';
import type { ErasureSubject, PersonalDataEraser } from '../../platform/erasure/types';

const theirConversations = (s: ErasureSubject) =>
  sql`SELECT id FROM career_conversations WHERE organization_id = ${s.organizationId}
      AND (employee_id = ${s.personId} OR manager_id = ${s.personId})`;

/**
 * Career conversations (SPEC S4): development records between the person and a manager, deleted
 * whole with their notes and agreed actions (either side); a conversation between others that they scheduled stays,
 * without the link to them.
 */
export const conversationsEraser: PersonalDataEraser = {
  domain: 'conversations',
  operations: (s) => [
    {
      table: 'career_conversation_notes',
      kind: 'Notes of their career conversations, and notes they wrote',
      dataClass: 'development',
      action: 'delete',
      reason: retentionRules.development.reason,
      covers: ['career_conversation_notes.author_id'],
      where: sql`conversation_id IN (${theirConversations(s)}) OR (${inOrg(s)} AND ${isPerson(s, 'author_id')})`,
    },
    {
      table: 'career_conversation_actions',
      kind: 'Agreed actions of their career conversations, and actions they wrote',
      dataClass: 'development',
      action: 'delete',
      reason: retentionRules.development.reason,
      covers: ['career_conversation_actions.author_id'],
      where: sql`conversation_id IN (${theirConversations(s)}) OR (${inOrg(s)} AND ${isPerson(s, 'author_id')})`,
    },
    {
      table: 'career_conversations',
      kind: 'Their career conversations',
      dataClass: 'development',
      action: 'delete',
      reason: retentionRules.development.reason,
      covers: ['career_conversations.employee_id', 'career_conversations.manager_id'],
      where: sql`id IN (${theirConversations(s)})`,
    },
    {
      table: 'career_conversations',
      kind: 'Conversations between others they scheduled',
      dataClass: 'development',
      action: 'anonymise',
      othersRecord: true,
      reason: "Others' conversation: kept; the link to the erased person is removed",
      covers: ['career_conversations.started_by_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'started_by_id')} AND id NOT IN (${theirConversations(s)})`,
      set: sql`started_by_id = NULL`,
    },
  ],
};
