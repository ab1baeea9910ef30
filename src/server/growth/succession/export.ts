import { AppError } from '../../platform/errors/appError';
import type { ExportContext, ExportFile, PersonalDataExporter } from '../../platform/export/types';
import { readPlan } from './access';
import { presentPlan } from './present';
import { planIdsNaming, positionSummary } from './queries';

/**
 * Succession plans never reach the people they name (SPEC S1, class talent), so the self-service
 * export holds none. A data access request can still compel them (anchors 12, the DSAR flow): in
 * HR's export on request, the plans naming the person — as incumbent or successor — are listed apart
 * for review and redaction, each read through the plan's guard as the HR admin (a plan naming that
 * HR admin stays out; another admin runs the export) and logged like any read.
 */
export const successionExporter: PersonalDataExporter = {
  kind: 'succession',
  async collect({ db, subject, reviewer }: ExportContext) {
    if (!reviewer || !subject.personId) return { visible: [] };
    const records = [];
    for (const id of await planIdsNaming(db, subject.organizationId, subject.personId)) {
      const plan = await readPlan(db, reviewer, id).catch((error: unknown) => {
        // A plan naming the HR admin themselves: not theirs to read, so not theirs to hand over.
        if (error instanceof AppError && error.code === 'not_found') return null;
        throw error;
      });
      if (!plan) continue;
      const { abilities: _a, version: _v, ...record } = presentPlan(await positionSummary(db, id), plan);
      records.push(record);
    }
    if (!records.length) return { visible: [] };
    const file: ExportFile = {
      name: 'succession-plans.json',
      title: 'Succession plans naming them',
      dataClass: 'talent',
      records,
    };
    return { visible: [], forHrReview: [file] };
  },
};
