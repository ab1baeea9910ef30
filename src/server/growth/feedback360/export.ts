import type { ExportContext, PersonalDataExporter } from '../../platform/export/types';
import { own360Access, readReport360For } from './access';
import { request360Policy } from './policy';
import { presentRequest } from './present';
import { listOwnRequests, previousRequest, reportBodyOf } from './queries';

/**
 * 360s about the person (SPEC S4.8) and the reports they received: only the thresholded report the
 * report screen shows, built by the same `reportBodyOf` (groups below their threshold show nothing,
 * comments come shuffled without labels). No rater is named anywhere: nominations and per-group
 * progress stay out, since who was asked and who answered is the raters' anonymity (SPEC S1.3).
 */
export const feedback360Exporter: PersonalDataExporter = {
  kind: 'feedback360',
  async collect({ db, subject }: ExportContext) {
    const { rows } = await listOwnRequests(db, subject.organizationId, subject.personId ?? '', 1, 10_000);
    const requests = [];
    const reports = [];
    for (const listed of rows) {
      const { row } = await own360Access.readFor(db, subject, listed.id);
      const presented = await presentRequest(db, subject, row);
      requests.push({
        id: presented.id,
        programName: presented.programName,
        status: presented.status,
        deadline: presented.deadline,
        createdOn: presented.createdOn,
        closedOn: presented.closedOn,
        releasedOn: presented.releasedOn,
        approver: presented.approver,
        coach: presented.coach,
        competencies: presented.competencies,
      });
      if (!request360Policy(subject, row).readReport) continue;
      const { row: request } = await readReport360For(db, subject, row.id);
      const earlier = await previousRequest(db, request);
      const previous = earlier && request360Policy(subject, earlier).readReport ? earlier : null;
      reports.push({
        requestId: request.id,
        programName: request.programName,
        closedOn: request.closedOn,
        ...(await reportBodyOf(db, request, previous)),
        previous: previous ? { requestId: previous.id, closedOn: previous.closedOn } : null,
      });
    }
    return {
      visible: [
        {
          name: '360-feedback.json',
          title: '360 feedback requests',
          dataClass: 'development',
          records: requests,
        },
        { name: '360-reports.json', title: '360 reports received', dataClass: 'anonymous', records: reports },
      ],
    };
  },
};
