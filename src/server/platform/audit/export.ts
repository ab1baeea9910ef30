import type { ExportContext, PersonalDataExporter } from '../export/types';
import { listAccessToPerson } from './accessLog';

/** Who read the person's records (SPEC S1.5), as their access log page shows it. */
export const accessLogExporter: PersonalDataExporter = {
  kind: 'access-log',
  async collect({ db, subject }: ExportContext) {
    if (!subject.personId) return { visible: [] };
    const records = [];
    // The log only grows; pages keep each query small.
    for (let page = 1; ; page++) {
      const { items, total } = await listAccessToPerson(db, subject.personId, page, 500);
      records.push(...items);
      if (items.length === 0 || records.length >= total) break;
    }
    return { visible: [{ name: 'access-log.json', title: 'Access log', dataClass: 'audit', records }] };
  },
};
