import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { organizations, people } from '../../../org/tables';
import type { Db } from '../../../platform/db/client';
import { talentReviewMembers, talentReviewSessions } from '../../talent/tables';
import { developmentOffers } from './tables';

/**
 * The person's offers, newest first, with the talent label of the review each came from — only when
 * the organisation turned `talentTransparency` on (the employee then sees where they were placed);
 * otherwise the label columns stay empty and nothing of the review is read.
 */
export async function listOwnOffers(
  db: Db,
  options: {
    organizationId: string;
    personId: string;
    state?: 'open' | 'accepted' | 'declined';
    page: number;
    pageSize: number;
  },
) {
  const [org] = await db
    .select({
      transparent: sql<boolean>`COALESCE((${organizations.settings} ->> 'talentTransparency')::boolean, false)`,
    })
    .from(organizations)
    .where(eq(organizations.id, options.organizationId));
  const transparent = org?.transparent === true;
  const where = and(
    eq(developmentOffers.organizationId, options.organizationId),
    eq(developmentOffers.personId, options.personId),
    options.state ? eq(developmentOffers.state, options.state) : undefined,
  ) as SQL;
  const [rows, [count]] = await Promise.all([
    db
      .select({
        offer: developmentOffers,
        offeredByGiven: people.givenName,
        offeredByFamily: people.familyName,
      })
      .from(developmentOffers)
      .leftJoin(people, eq(people.id, developmentOffers.offeredBy))
      .where(where)
      .orderBy(desc(developmentOffers.createdAt), desc(developmentOffers.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(developmentOffers)
      .where(where),
  ]);
  const labels = transparent
    ? await labelsFor(
        db,
        options.personId,
        rows.map((r) => r.offer.sourceSessionId),
      )
    : new Map();
  return { rows, labels, total: count?.total ?? 0 };
}

export interface TalentLabel {
  box: number;
  customLabel: string | null;
}

/** The box the person holds in each session (override or computed) and its custom name. */
async function labelsFor(db: Db, personId: string, sessionIds: (string | null)[]) {
  const labels = new Map<string, TalentLabel>();
  for (const sessionId of new Set(sessionIds.filter((id): id is string => id !== null))) {
    const [row] = await db
      .select({
        overrideBox: talentReviewMembers.overrideBox,
        performanceBand: talentReviewMembers.performanceBand,
        potentialBand: talentReviewMembers.potentialBand,
        boxLabels: talentReviewSessions.boxLabels,
      })
      .from(talentReviewMembers)
      .innerJoin(talentReviewSessions, eq(talentReviewSessions.id, talentReviewMembers.sessionId))
      .where(and(eq(talentReviewMembers.sessionId, sessionId), eq(talentReviewMembers.personId, personId)));
    if (!row) continue;
    const index = { low: 0, medium: 1, high: 2 } as const;
    const box =
      row.overrideBox ??
      (row.performanceBand && row.potentialBand
        ? index[row.potentialBand] * 3 + index[row.performanceBand] + 1
        : null);
    if (box !== null) labels.set(sessionId, { box, customLabel: row.boxLabels?.[box - 1] ?? null });
  }
  return labels;
}
