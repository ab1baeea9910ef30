import { sql } from 'drizzle-orm';
import { inOrg, isPerson } from '../../platform/erasure/helpers';
import { retentionRules } from '../../platform/erasure/retention';
import type { ErasureSubject, PersonalDataEraser } from '../../platform/erasure/types';

const asSubject = (s: ErasureSubject) =>
  sql`SELECT id FROM feedback360_requests WHERE organization_id = ${s.organizationId} AND subject_id = ${s.personId}`;
/** Nominations and tasks carry no organisation of their own: through their request. */
const inOrgRequests = (s: ErasureSubject) =>
  sql`request_id IN (SELECT id FROM feedback360_requests WHERE organization_id = ${s.organizationId})`;
const own = 'Their own 360 as subject: deleted with its questions, answers and report';

/**
 * 360 feedback (SPEC S4.3). Their own 360s as subject go whole. As a rater, their answers to
 * someone else's 360 are anonymous already (responses carry a rater group, no person) and stay in
 * that person's report; the nomination and task rows that tie them to it are deleted. 360s of
 * others they requested, approved or coached stay, without the link to them.
 */
export const feedback360Eraser: PersonalDataEraser = {
  domain: 'feedback360',
  operations: (s) => [
    {
      table: 'feedback360_comments',
      kind: 'Comments in their own 360s',
      dataClass: 'anonymous',
      action: 'delete',
      reason: own,
      covers: [],
      where: sql`request_id IN (${asSubject(s)})`,
    },
    {
      table: 'feedback360_answers',
      kind: 'Answers in their own 360s',
      dataClass: 'anonymous',
      action: 'delete',
      reason: own,
      covers: [],
      where: sql`response_id IN (SELECT id FROM feedback360_responses WHERE request_id IN (${asSubject(s)}))`,
      idColumn: null,
    },
    {
      table: 'feedback360_responses',
      kind: 'Responses to their own 360s',
      dataClass: 'anonymous',
      action: 'delete',
      reason: own,
      covers: [],
      where: sql`request_id IN (${asSubject(s)})`,
    },
    {
      table: 'feedback360_tasks',
      kind: 'Rater tasks of their own 360s, and their tasks as a rater',
      dataClass: 'anonymous',
      action: 'delete',
      reason: retentionRules.anonymous.reason,
      covers: ['feedback360_tasks.rater_id'],
      where: sql`request_id IN (${asSubject(s)}) OR (${inOrgRequests(s)} AND ${isPerson(s, 'rater_id')})`,
    },
    {
      table: 'feedback360_nominations',
      kind: 'Nominations of their own 360s, and their nominations as a rater',
      dataClass: 'anonymous',
      action: 'delete',
      reason: retentionRules.anonymous.reason,
      covers: ['feedback360_nominations.person_id'],
      where: sql`request_id IN (${asSubject(s)}) OR (${inOrgRequests(s)} AND ${isPerson(s, 'person_id')})`,
    },
    {
      table: 'feedback360_questions',
      kind: 'Questions of their own 360s',
      dataClass: 'anonymous',
      action: 'delete',
      reason: own,
      covers: [],
      where: sql`request_id IN (${asSubject(s)})`,
    },
    {
      table: 'feedback360_requests',
      kind: 'Their own 360s',
      dataClass: 'anonymous',
      action: 'delete',
      reason: own,
      covers: ['feedback360_requests.subject_id'],
      where: sql`id IN (${asSubject(s)})`,
    },
    {
      table: 'feedback360_requests',
      kind: "Others' 360s they requested, approved or coached",
      dataClass: 'anonymous',
      action: 'anonymise',
      othersRecord: true,
      reason: "Another person's 360: kept; the link to the erased person is removed",
      covers: [
        'feedback360_requests.requested_by_id',
        'feedback360_requests.approver_id',
        'feedback360_requests.coach_id',
      ],
      where: sql`${inOrg(s)} AND subject_id <> ${s.personId}
                 AND (${isPerson(s, 'requested_by_id')} OR ${isPerson(s, 'approver_id')} OR ${isPerson(s, 'coach_id')})`,
      set: sql`requested_by_id = CASE WHEN requested_by_id = ${s.personId} THEN NULL ELSE requested_by_id END,
               approver_id = CASE WHEN approver_id = ${s.personId} THEN NULL ELSE approver_id END,
               coach_id = CASE WHEN coach_id = ${s.personId} THEN NULL ELSE coach_id END`,
    },
  ],
};
