import type { ExportContext, PersonalDataExporter } from '../../platform/export/types';
import { presentFeedbackItems, presentRequests } from './present';
import { listGiven, listReceived, listRequests } from './queries';

const ALL = 10_000;

/**
 * Feedback the person received and gave, and their feedback requests both ways: the lists of their
 * feedback page, which are theirs whatever the visibility (writer and recipient always read it).
 */
export const feedbackExporter: PersonalDataExporter = {
  kind: 'feedback',
  async collect({ db, subject }: ExportContext) {
    const [received, given, incoming, outgoing] = await Promise.all([
      listReceived(db, subject, 1, ALL),
      listGiven(db, subject, 1, ALL),
      listRequests(db, subject, { direction: 'incoming', page: 1, pageSize: ALL }),
      listRequests(db, subject, { direction: 'outgoing', page: 1, pageSize: ALL }),
    ]);
    const requests = (await presentRequests(db, subject, [...outgoing.rows, ...incoming.rows])).map(
      ({ abilities: _a, version: _v, ...request }) => request,
    );
    return {
      visible: [
        {
          name: 'feedback-received.json',
          title: 'Feedback received',
          dataClass: 'performance',
          records: await presentFeedbackItems(db, subject.organizationId, received.rows),
        },
        {
          name: 'feedback-given.json',
          title: 'Feedback given',
          dataClass: 'performance',
          records: await presentFeedbackItems(db, subject.organizationId, given.rows),
        },
        {
          name: 'feedback-requests.json',
          title: 'Feedback requests',
          dataClass: 'performance',
          records: requests,
        },
      ],
    };
  },
};
