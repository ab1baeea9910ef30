import { actorToday } from '../../../platform/clock';
import type { ExportContext, PersonalDataExporter } from '../../../platform/export/types';
import { visibleParticipations } from './queries';

/**
 * The person's place in compensation cycles (issue 12), only once they may see it: the cycle was
 * released, is not a sandbox, and its employee visibility date has come (in the organisation's
 * zone). Before that, their participation is left out of their own export — as the employee sees
 * nothing of a cycle until the visibility date — and it appears from that date on. The calibrated
 * rating is left out: it belongs to the review, whose own export shows it once released.
 */
export const compCyclesExporter: PersonalDataExporter = {
  kind: 'comp_cycles',
  async collect({ db, subject }: ExportContext) {
    const personId = subject.personId ?? '';
    const today = await actorToday(db, subject);
    const rows = await visibleParticipations(db, subject.organizationId, personId, today);
    const records = rows.map(({ participant: p, cycle }) => ({
      cycle: {
        id: cycle.id,
        name: cycle.name,
        effectiveDate: cycle.effectiveDate,
        visibilityDate: cycle.visibilityDate,
      },
      eligibility: p.eligibility,
      ruleReason: p.ruleReason,
      overrideReason: p.overrideReason,
      pay:
        p.baseMinor === null
          ? null
          : {
              baseMinor: p.baseMinor,
              currency: p.payCurrency,
              frequency: p.payFrequency,
              ftePermille: p.ftePermille,
            },
      band:
        p.bandCurrency === null
          ? null
          : {
              currency: p.bandCurrency,
              minMinor: p.bandMinMinor,
              targetMinor: p.bandTargetMinor,
              maxMinor: p.bandMaxMinor,
            },
      compaRatio: p.compaRatio,
      positionInRange: p.positionInRange,
      proration: { eligibleDays: p.eligibleDays, periodDays: p.periodDays },
      lastIncreaseDate: p.lastIncreaseDate,
    }));
    return {
      visible: [
        {
          name: 'compensation-cycles.json',
          title: 'Compensation cycles',
          dataClass: 'compensation',
          records,
        },
      ],
    };
  },
};
