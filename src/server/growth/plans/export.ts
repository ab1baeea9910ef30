import type { ExportContext, PersonalDataExporter } from '../../platform/export/types';
import { planAccess } from './access';
import { presentPlanDetail } from './present';
import { listOwnPlans } from './queries';

/** The person's development plans (SPEC S4.4) with goals, actions and progress notes, archived ones too. */
export const plansExporter: PersonalDataExporter = {
  kind: 'development-plans',
  async collect({ db, subject }: ExportContext) {
    const { rows } = await listOwnPlans(db, subject.organizationId, subject.personId ?? '', 1, 10_000);
    const records = [];
    for (const listed of rows) {
      const { row, policy } = await planAccess.readFor(db, subject, listed.id);
      const { abilities: _a, version: _v, ...plan } = await presentPlanDetail(db, row, policy);
      records.push(plan);
    }
    return {
      visible: [
        { name: 'development-plans.json', title: 'Development plans', dataClass: 'development', records },
      ],
    };
  },
};
