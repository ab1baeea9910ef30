import { sql } from 'drizzle-orm';
import { inOrg, isPerson } from '../../platform/erasure/helpers';
import { retentionRules } from '../../platform/erasure/retention';
import type { ErasureSubject, PersonalDataEraser } from '../../platform/erasure/types';

const asCoachee = (s: ErasureSubject) =>
  sql`SELECT id FROM coaching_engagements WHERE organization_id = ${s.organizationId} AND coachee_id = ${s.personId}`;

/**
 * Coaching (SPEC S4.7). As coachee: their engagements go, with goals, sessions, both sides' notes,
 * chemistry rows and the summary (all cascade from the engagement). As coach: their profile, their
 * chemistry rows and the notes they wrote in others' engagements go; the coachee's engagement stays
 * without the link to them. Invitations they received go; ones they sent lose the sender.
 */
export const coachingEraser: PersonalDataEraser = {
  domain: 'coaching',
  operations: (s) => {
    const confidential = { dataClass: 'confidential' as const, reason: retentionRules.confidential.reason };
    const development = { dataClass: 'development' as const, reason: retentionRules.development.reason };
    const kept = "The coachee's record: kept; the link to the erased person is removed";
    return [
      {
        ...confidential,
        table: 'coaching_notes',
        kind: 'Coaching notes they wrote as a coach',
        action: 'delete',
        covers: ['coaching_notes.author_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'author_id')} AND engagement_id NOT IN (${asCoachee(s)})`,
      },
      {
        ...development,
        table: 'coaching_summaries',
        kind: 'Their published coaching summaries',
        action: 'delete',
        covers: ['coaching_summaries.coachee_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'coachee_id')}`,
      },
      {
        table: 'coaching_summaries',
        kind: 'Coaching summaries shared with them as a manager',
        dataClass: 'development',
        action: 'anonymise',
        othersRecord: true,
        reason: kept,
        covers: ['coaching_summaries.shared_with_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'shared_with_id')}`,
        set: sql`shared_with_id = NULL, shared_at = NULL`,
      },
      {
        ...confidential,
        table: 'coaching_engagements',
        kind: 'Their coaching engagements, with goals, sessions and notes',
        action: 'delete',
        covers: ['coaching_engagements.coachee_id'],
        where: sql`id IN (${asCoachee(s)})`,
      },
      {
        table: 'coaching_engagements',
        kind: 'Engagements they coached',
        dataClass: 'confidential',
        action: 'anonymise',
        othersRecord: true,
        reason: kept,
        covers: ['coaching_engagements.coach_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'coach_id')}`,
        set: sql`coach_id = NULL`,
      },
      {
        ...confidential,
        table: 'coaching_chemistry',
        kind: 'Chemistry conversations asked of them',
        action: 'delete',
        covers: ['coaching_chemistry.coach_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'coach_id')}`,
      },
      {
        table: 'coach_profiles',
        kind: 'Their coach profile',
        dataClass: 'directory',
        action: 'delete',
        reason: retentionRules.directory.reason,
        covers: ['coach_profiles.person_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')}`,
      },
      {
        ...development,
        table: 'coaching_invitations',
        kind: 'Invitations to coaching they received',
        action: 'delete',
        covers: ['coaching_invitations.recipient_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'recipient_id')}`,
      },
      {
        table: 'coaching_invitations',
        kind: 'Invitations to coaching they sent',
        dataClass: 'development',
        action: 'anonymise',
        othersRecord: true,
        reason: "The recipient's record: kept; the sender is removed",
        covers: ['coaching_invitations.sender_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'sender_id')}`,
        set: sql`sender_id = NULL`,
      },
    ];
  },
};
