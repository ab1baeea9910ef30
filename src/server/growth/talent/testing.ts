import { and, eq, sql } from 'drizzle-orm';
import { accounts } from '../../platform/auth/tables';
import { type Db, queryRows } from '../../platform/db/client';
import { talentReviewMembers, talentReviewParticipants, talentReviewSessions } from './tables';

/**
 * Test fixtures: a talent review written straight to the tables, with the given people as its
 * population (each with a complete assessment and an override, so every talent column holds a
 * value the leak scan can plant in) and the given participants. Behaviour is tested over HTTP in
 * talent.test.ts.
 */
export async function insertTalentSession(
  db: Db,
  input: {
    organizationId: string;
    memberIds: string[];
    participantIds?: string[];
    facilitatorId?: string | null;
    state?: 'draft' | 'in_review' | 'locked';
    name?: string;
  },
) {
  const [session] = await db
    .insert(talentReviewSessions)
    .values({
      organizationId: input.organizationId,
      name: input.name ?? 'Matrix talent review',
      populationKind: 'organization',
      facilitatorId: input.facilitatorId ?? null,
      startsOn: '2026-01-01',
      endsOn: '2026-01-31',
      state: input.state ?? 'in_review',
      boxLabels: ['Matrix box', null, null, null, null, null, null, null, null],
    })
    .returning({ id: talentReviewSessions.id });
  const sessionId = session!.id;
  if (input.participantIds?.length)
    await db
      .insert(talentReviewParticipants)
      .values(input.participantIds.map((personId) => ({ sessionId, personId })));
  if (input.memberIds.length)
    await db.insert(talentReviewMembers).values(
      input.memberIds.map((personId) => ({
        organizationId: input.organizationId,
        sessionId,
        personId,
        performanceBand: 'high' as const,
        learningAgility: 'high' as const,
        learningAgilityEvidence: 'Matrix agility evidence',
        scopeGrowth: 'high' as const,
        scopeGrowthEvidence: 'Matrix scope evidence',
        leadingOthers: 'medium' as const,
        leadingOthersEvidence: 'Matrix leading evidence',
        potentialBand: 'high' as const,
        retentionRisk: 'medium' as const,
        retentionRiskReason: 'Matrix retention reason',
        lossImpact: 'high' as const,
        promotionReadiness: 'now' as const,
        overrideBox: 8,
        overrideRationale: 'Matrix override rationale',
        overriddenAt: sql`now()`,
      })),
    );
  return { sessionId };
}

/** The person behind the organisation's first account with a role (the matrix's approver is designated). */
export async function personWithRole(db: Db, organizationId: string, role: 'approver' | 'hr_admin') {
  const [row] = await db
    .select({ personId: accounts.personId })
    .from(accounts)
    .where(and(eq(accounts.organizationId, organizationId), sql`${role} = ANY(${accounts.roles})`));
  return row?.personId ?? null;
}

/**
 * Calibrated ratings for people, from a calibration session in `state` (locked counts, open does
 * not), on a five-point scale. Written with SQL: growth code may not import performance tables.
 */
export async function insertCalibratedRatings(
  db: Db,
  input: {
    organizationId: string;
    ratings: Record<string, number>;
    state?: 'locked' | 'open';
    cycleName?: string;
  },
) {
  const content = { ratingScale: { labels: ['1', '2', '3', '4', '5'] }, sections: [] };
  const [cycle] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO review_cycles (organization_id, name, period_start, period_end, content, status,
          self_review_due, manager_review_due, calibration_due, release_due, acknowledge_due)
        VALUES (${input.organizationId}, ${input.cycleName ?? 'H2 2025'}, '2025-07-01', '2025-12-31',
          ${JSON.stringify(content)}::jsonb, 'active', '2026-01-05', '2026-01-15', '2026-01-25', '2026-02-01', '2026-02-15')
        RETURNING id`,
  );
  const locked = (input.state ?? 'locked') === 'locked';
  const [session] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO calibration_sessions (organization_id, cycle_id, name, state, locked_at)
        VALUES (${input.organizationId}, ${cycle!.id}, 'Calibration', ${locked ? 'locked' : 'open'},
          ${locked ? sql`now()` : sql`NULL`})
        RETURNING id`,
  );
  for (const [personId, rating] of Object.entries(input.ratings))
    await queryRows(
      db,
      sql`INSERT INTO reviews (organization_id, cycle_id, subject_id, state, proposed_rating, final_rating, calibration_session_id)
          VALUES (${input.organizationId}, ${cycle!.id}, ${personId}, ${locked ? 'calibrated' : 'in_calibration'},
            ${rating}, ${rating}, ${session!.id})`,
    );
}
