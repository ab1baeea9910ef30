import type { NewBand } from '../../../../../contracts/compensation/payData';
import { issue } from '../../../../../contracts/issues';
import { recordAuditEvent } from '../../../../platform/audit/record';
import type { Actor } from '../../../../platform/auth/actor';
import type { Db } from '../../../../platform/db/client';
import { inTransaction } from '../../../../platform/db/tx';
import { forbidden, validationFailed } from '../../../../platform/errors/appError';
import { bandPolicy } from '../policy';
import { type BandRow, findBand, findLevel } from '../queries';
import { compBands } from '../tables';

/** What the audit trail keeps of a band version: its key and figures. */
export const bandAuditShape = (band: Omit<NewBand, 'levelId'> & { levelId: string }) => ({
  jobFamily: band.jobFamily,
  levelId: band.levelId,
  payZone: band.payZone,
  currency: band.currency,
  minMinor: band.minMinor,
  targetMinor: band.targetMinor,
  maxMinor: band.maxMinor,
  effectiveFrom: band.effectiveFrom,
});

export interface AddBandVersionOptions {
  actor: Actor;
  band: NewBand;
}

/**
 * Adds a version of a salary band (HR admins only). Bands are never edited in place: a new version
 * from a date supersedes the one before it from that date on, and the old one stays as history.
 * The level must be one of the organisation's own (a field error otherwise).
 */
export async function addBandVersion(db: Db, options: AddBandVersionOptions): Promise<BandRow> {
  const { actor, band } = options;
  if (!bandPolicy(actor).add) throw forbidden();
  return inTransaction(db, async (tx) => {
    if (!(await findLevel(tx, actor.organizationId, band.levelId)))
      throw validationFailed({ levelId: issue('levelForeign') });
    const [created] = await tx
      .insert(compBands)
      .values({ ...band, organizationId: actor.organizationId, createdByAccountId: actor.accountId })
      .returning({ id: compBands.id });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'comp_band.added',
      targetType: 'comp_band',
      targetId: created!.id,
      after: bandAuditShape(band),
    });
    return (await findBand(tx, actor.organizationId, created!.id))!;
  });
}
