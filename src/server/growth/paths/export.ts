import type { ExportContext, PersonalDataExporter } from '../../platform/export/types';
import { careerPathAccess } from './access';
import { presentPersonPath } from './present';

/**
 * The person's career path (SPEC S4.3): their track and level, and the competency assessments their
 * path page shows them — their self-assessments and their manager's developmental assessments.
 * Competencies nobody assessed are the organisation's library, not the person's data, and stay out.
 */
export const careerPathExporter: PersonalDataExporter = {
  kind: 'career-path',
  async collect({ db, subject }: ExportContext) {
    const personId = subject.personId ?? '';
    const { policy } = await careerPathAccess.readFor(db, subject, personId);
    const path = await presentPersonPath(db, subject, personId, policy);
    const strip = <T extends { version: number }>(assessment: T | null) => {
      if (!assessment) return null;
      const { version: _v, ...rest } = assessment;
      return rest;
    };
    const { version: _version, ...position } = path.position ?? { version: 0 };
    const record = {
      position: path.position ? position : null,
      nextLevel: path.nextLevel,
      scale: path.scale,
      assessments: path.assessments
        .filter((row) => row.self || row.manager)
        .map((row) => ({
          competency: { name: row.competency.name, category: row.competency.category },
          self: strip(row.self),
          manager: strip(row.manager),
        })),
    };
    return {
      visible: [
        {
          name: 'career-path.json',
          title: 'Career path and competency assessments',
          dataClass: 'development',
          records: [record],
        },
      ],
    };
  },
};
