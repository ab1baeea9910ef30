import { actorToday } from '../../platform/clock';
import type { ExportContext, PersonalDataExporter } from '../../platform/export/types';
import { certificationListAccess, enrolmentListAccess } from './access';
import { presentCertification, presentEnrolment } from './present';
import { listCertifications, listEnrolments } from './queries';

const ALL = 10_000;

/** The person's learning (SPEC S4.5): enrolments and certifications, as their learning page lists them. */
export const learningExporter: PersonalDataExporter = {
  kind: 'learning',
  async collect({ db, subject }: ExportContext) {
    const personId = subject.personId ?? '';
    const enrolmentReach = (await enrolmentListAccess.reachFor(db, subject, personId)).reach;
    const certificationReach = (await certificationListAccess.reachFor(db, subject, personId)).reach;
    const today = await actorToday(db, subject);
    const [enrolments, certifications] = await Promise.all([
      listEnrolments(db, subject.organizationId, personId, {
        sharedOnly: enrolmentReach === 'shared',
        page: 1,
        pageSize: ALL,
      }),
      listCertifications(db, subject.organizationId, personId, {
        sharedOnly: certificationReach === 'shared',
        page: 1,
        pageSize: ALL,
      }),
    ]);
    const strip = <T extends { abilities: unknown; version: number }>({
      abilities: _a,
      version: _v,
      ...rest
    }: T) => rest;
    return {
      visible: [
        {
          name: 'learning-enrolments.json',
          title: 'Learning enrolments',
          dataClass: 'development',
          records: enrolments.rows.map((row) => strip(presentEnrolment(row, false))),
        },
        {
          name: 'certifications.json',
          title: 'Certifications',
          dataClass: 'development',
          records: certifications.rows.map((row) => strip(presentCertification(row, false, today))),
        },
      ],
    };
  },
};
