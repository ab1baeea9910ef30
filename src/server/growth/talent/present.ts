import type { BoardMember, TalentCard, TalentSession } from '../../../contracts/talent';
import type { Actor } from '../../platform/auth/actor';
import { type TalentSessionRelation, talentMemberPolicy, talentSessionPolicy } from './policy';
import type { BoardRow, GuardedMemberRow, TalentSessionRow } from './queries';
import { boxOf, effectiveBox } from './rules';

const ref = (id: string | null, names: Map<string, string>) =>
  id && names.has(id) ? { id, displayName: names.get(id)! } : null;

export function presentSession(
  actor: Actor,
  row: TalentSessionRow,
  relation: TalentSessionRelation,
  extra: {
    participantIds: string[];
    names: Map<string, string>;
    populationLabel: string | null;
    memberCount: number;
  },
): TalentSession {
  const { read: _read, logAccess: _log, ...abilities } = talentSessionPolicy(actor, row, relation);
  return {
    id: row.id,
    name: row.name,
    population: { kind: row.populationKind, refId: row.populationRefId, label: extra.populationLabel },
    facilitator: ref(row.facilitatorId, extra.names),
    participants: extra.participantIds.flatMap((id) => ref(id, extra.names) ?? []),
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    state: row.state,
    boxLabels: row.boxLabels ?? Array.from({ length: 9 }, () => null),
    memberCount: extra.memberCount,
    lockedAt: row.lockedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    abilities,
  };
}

export function presentBoardMember(row: BoardRow): BoardMember {
  const computedBox = boxOf(row.performanceBand, row.potentialBand);
  return {
    personId: row.personId,
    displayName: `${row.givenName} ${row.familyName}`,
    jobTitle: row.jobTitle,
    managerId: row.managerId,
    box: effectiveBox(row),
    computedBox,
    performance: row.performanceBand,
    potential: row.potentialBand,
    overridden: row.overrideBox !== null,
  };
}

const answer = (level: GuardedMemberRow['learningAgility'], evidence: string | null) =>
  level ? { level, evidence: evidence ?? '' } : null;

export function presentCard(
  actor: Actor,
  row: GuardedMemberRow,
  relation: TalentSessionRelation,
  extra: {
    person: { displayName: string; jobTitle: string };
    names: Map<string, string>;
    sharedAspirations: TalentCard['sharedAspirations'];
    offers: { id: string; kind: string; title: string; state: string; createdAt: Date }[];
  },
): TalentCard {
  const { read: _read, logAccess: _log, ...abilities } = talentMemberPolicy(actor, row, relation);
  return {
    sessionId: row.sessionId,
    sessionState: row.state,
    person: { id: row.personId, ...extra.person, manager: ref(row.managerId, extra.names) },
    performance: row.performanceBand,
    learningAgility: answer(row.learningAgility, row.learningAgilityEvidence),
    scopeGrowth: answer(row.scopeGrowth, row.scopeGrowthEvidence),
    leadingOthers: answer(row.leadingOthers, row.leadingOthersEvidence),
    potential: row.potentialBand,
    retentionRisk: row.retentionRisk,
    retentionRiskReason: row.retentionRiskReason ?? '',
    lossImpact: row.lossImpact,
    promotionReadiness: row.promotionReadiness,
    assessedBy: ref(row.assessedBy, extra.names),
    assessedAt: row.assessedAt?.toISOString() ?? null,
    box: effectiveBox(row),
    computedBox: boxOf(row.performanceBand, row.potentialBand),
    override:
      row.overrideBox !== null && row.overriddenAt
        ? {
            box: row.overrideBox,
            rationale: row.overrideRationale ?? '',
            by: ref(row.overriddenBy, extra.names),
            at: row.overriddenAt.toISOString(),
          }
        : null,
    sharedAspirations: extra.sharedAspirations,
    offers: extra.offers.map((offer) => ({
      id: offer.id,
      kind: offer.kind,
      title: offer.title,
      state: offer.state,
      offeredAt: offer.createdAt.toISOString(),
    })),
    version: row.version,
    abilities,
  };
}
