import type { z } from 'zod';
import type { outboxEmail } from '../../../contracts/platform';
import type { DataClass } from '../dataClasses/registry';
import { outboxPolicy } from './policy';
import type { outboundEmails } from './tables';

type Row = typeof outboundEmails.$inferSelect;

/** Lists what the reader may see of one email: content only for the classes the policy allows. */
export function presentOutboxEmail(row: Row): z.infer<typeof outboxEmail> {
  const view = outboxPolicy.view(row.dataClass as DataClass);
  return {
    id: row.id,
    kind: row.kind,
    dataClass: row.dataClass,
    view,
    to: view === 'metadata' ? null : row.toAddress,
    subject: view === 'content' ? row.subject : null,
    text: view === 'content' ? row.textBody : null,
    transport: row.transport,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}
