import { sql } from 'drizzle-orm';
import { inOrg, isPerson } from '../../platform/erasure/helpers';
import type { PersonalDataEraser } from '../../platform/erasure/types';

/**
 * Continuous feedback (SPEC S3.3). Feedback is attributed by nature ("praise from …"): without its
 * writer or its recipient it means nothing, and it is not a record kept by law. Everything the
 * person wrote or received, and every request they made or were asked, is deleted.
 */
export const feedbackEraser: PersonalDataEraser = {
  domain: 'feedback',
  operations: (s) => [
    {
      table: 'feedback_items',
      kind: 'Feedback and praise they wrote or received',
      dataClass: 'performance',
      action: 'delete',
      reason: 'Attributed feedback is not a retained record: deleted both ways',
      covers: ['feedback_items.writer_id', 'feedback_items.recipient_id'],
      where: sql`${inOrg(s)} AND (${isPerson(s, 'writer_id')} OR ${isPerson(s, 'recipient_id')})`,
    },
    {
      table: 'feedback_requests',
      kind: 'Feedback requests they made or were asked',
      dataClass: 'performance',
      action: 'delete',
      reason: 'A request without its requester or responder means nothing: deleted both ways',
      covers: ['feedback_requests.requester_id', 'feedback_requests.responder_id'],
      where: sql`${inOrg(s)} AND (${isPerson(s, 'requester_id')} OR ${isPerson(s, 'responder_id')})`,
    },
  ],
};
