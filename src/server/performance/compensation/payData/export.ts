import { actorToday } from '../../../platform/clock';
import type { ExportContext, ExportFile, PersonalDataExporter } from '../../../platform/export/types';
import { payAccess } from './access';
import { placeInBand } from './placement';
import { presentPayRecord } from './present';
import { allPayRecords, bandAsOf, payAsOf } from './queries';

/**
 * The person's pay (SPEC S3.6): every pay record, corrections and the records they corrected
 * included, oldest first, read as the person through the pay guard; and where their current pay sits
 * in its band, only when the organisation shows employees their placement (as "My pay" does).
 */
export const payDataExporter: PersonalDataExporter = {
  kind: 'pay',
  async collect({ db, subject }: ExportContext) {
    const personId = subject.personId ?? '';
    const { row: person, policy } = await payAccess.readFor(db, subject, personId);
    // Read as the person: a cycle's records stay out until its visibility date, as on "My pay".
    const today = await actorToday(db, subject);
    const rows = await allPayRecords(db, subject.organizationId, personId, today);
    const files: ExportFile[] = [
      {
        name: 'pay-records.json',
        title: 'Pay records',
        dataClass: 'compensation',
        records: rows.map((row) => presentPayRecord(row, row.superseded)),
      },
    ];
    if (policy.seePlacement && person.levelId) {
      const asOf = today;
      const current = await payAsOf(db, {
        organizationId: subject.organizationId,
        personId,
        asOf,
        visibleOn: asOf,
      });
      if (current) {
        const band = await bandAsOf(db, {
          organizationId: subject.organizationId,
          jobFamily: current.jobFamily,
          levelId: person.levelId,
          payZone: current.payZone,
          asOf,
        });
        files.push({
          name: 'band-placement.json',
          title: 'Band placement',
          dataClass: 'compensation',
          records: [{ asOf, ...placeInBand(current, band) }],
        });
      }
    }
    return { visible: files };
  },
};
