import type { ExportContext, PersonalDataExporter } from '../../platform/export/types';
import { historyView } from './views';

/**
 * Talent data never reaches its subject in the app (SPEC S1, anchors 5.3), so the self-service
 * export holds none. A data subject request can still compel it: HR's export on request lists the
 * person's box over the reviews HR reads apart, for review and redaction (third parties' names —
 * assessors, participants — are not in it) before anything is handed over. The read is logged.
 */
export const talentExporter: PersonalDataExporter = {
  kind: 'talent reviews',
  async collect({ db, subject, reviewer }: ExportContext) {
    if (!reviewer || !subject.personId || reviewer.personId === subject.personId) return { visible: [] };
    const history = await historyView(db, reviewer, subject.personId).catch(() => null);
    if (!history) return { visible: [] };
    return {
      visible: [],
      forHrReview: [
        {
          name: 'talent-reviews.json',
          title: 'Talent review placements',
          dataClass: 'talent',
          records: history.items,
        },
      ],
    };
  },
};
