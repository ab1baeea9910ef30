import type { DevelopmentOffer } from '../../../../contracts/developmentOffers';
import type { OfferRow } from './access';
import type { TalentLabel } from './queries';

export function presentOffer(
  row: OfferRow,
  offeredBy: { given: string | null; family: string | null },
  label: TalentLabel | null,
): DevelopmentOffer {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    offerText: row.offerText,
    state: row.state,
    offeredBy:
      row.offeredBy && offeredBy.given
        ? { id: row.offeredBy, displayName: `${offeredBy.given} ${offeredBy.family}` }
        : null,
    offeredAt: row.createdAt.toISOString(),
    respondedAt: row.respondedAt?.toISOString() ?? null,
    planActionId: row.planActionId,
    talentLabel: label,
    version: row.version,
  };
}
