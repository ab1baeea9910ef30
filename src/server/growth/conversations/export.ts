import type { ExportContext, PersonalDataExporter } from '../../platform/export/types';
import { conversationAccess } from './access';
import { presentDetail } from './present';
import { listConversationsOf } from './queries';

/**
 * The person's career conversations as the employee (SPEC S4.1): dates, outcome and every note the
 * conversation screen shows them — their own and those their manager wrote for them. Conversations
 * they held as someone's manager are that person's development record, not theirs, and stay out.
 */
export const conversationsExporter: PersonalDataExporter = {
  kind: 'career-conversations',
  async collect({ db, subject }: ExportContext) {
    const personId = subject.personId ?? '';
    const { rows } = await listConversationsOf(db, {
      organizationId: subject.organizationId,
      personId,
      page: 1,
      pageSize: 10_000,
    });
    const records = [];
    for (const listed of rows.filter((row) => row.employeeId === personId)) {
      const guarded = await conversationAccess.readFor(db, subject, listed.id);
      const {
        abilities: _a,
        version: _v,
        questions: _q,
        releaseWarning: _w,
        viewerRole: _r,
        ...conversation
      } = await presentDetail(db, subject, guarded);
      records.push({
        ...conversation,
        notes: conversation.notes.map(({ abilities: _ab, version: _ve, ...note }) => note),
      });
    }
    return {
      visible: [
        {
          name: 'career-conversations.json',
          title: 'Career conversations',
          dataClass: 'development',
          records,
        },
      ],
    };
  },
};
