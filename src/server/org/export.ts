import type { ExportContext, PersonalDataExporter } from '../platform/export/types';
import { personAccess } from './access';
import { displayName, presentPersonDetail } from './present';
import { reportingHistory } from './queries';

/** The profile and reporting history, as the person reads them on their own profile. */
export const profileExporter: PersonalDataExporter = {
  kind: 'profile',
  async collect({ db, subject }: ExportContext) {
    const personId = subject.personId ?? '';
    const { row, policy } = await personAccess.readFor(db, subject, personId, {
      need: 'viewReportingHistory',
    });
    const { abilities: _abilities, version: _version, ...profile } = presentPersonDetail(row, policy);
    const history = await reportingHistory(db, subject.organizationId, personId);
    return {
      visible: [
        { name: 'profile.json', title: 'Profile', dataClass: 'directory', records: [profile] },
        {
          name: 'reporting-history.json',
          title: 'Reporting history',
          dataClass: 'directory',
          records: history.map((line) => ({
            validFrom: line.validFrom,
            validTo: line.validTo,
            manager: line.manager?.id
              ? { id: line.manager.id, displayName: displayName(line.manager) }
              : null,
          })),
        },
      ],
    };
  },
};
