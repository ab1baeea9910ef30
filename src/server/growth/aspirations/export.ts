import type { ExportContext, PersonalDataExporter } from '../../platform/export/types';
import { aspirationListAccess } from './access';
import { presentAspiration } from './present';
import { listAspirations } from './queries';

/** The person's aspirations (SPEC S4.2): all of them, shared or not — they are the owner's. */
export const aspirationsExporter: PersonalDataExporter = {
  kind: 'aspirations',
  async collect({ db, subject }: ExportContext) {
    const personId = subject.personId ?? '';
    const { reach, relation } = await aspirationListAccess.reachFor(db, subject, personId);
    const { rows } = await listAspirations(db, {
      organizationId: subject.organizationId,
      ownerId: personId,
      sharedOnly: reach === 'shared',
      page: 1,
      pageSize: 10_000,
    });
    const records = rows.map((row) => {
      const { abilities: _a, version: _v, ...aspiration } = presentAspiration(subject, row, relation);
      return aspiration;
    });
    return {
      visible: [{ name: 'aspirations.json', title: 'Aspirations', dataClass: 'development', records }],
    };
  },
};
