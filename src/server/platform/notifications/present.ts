import type { NotificationItem } from '../../../contracts/notifications';
import { type Reader, renderNotification } from './messages';
import type { InboxRow } from './queries';

/**
 * The fields the inbox exposes, the text in the reader's language; the email state, the stored
 * parameters and the recipient stay on the server.
 */
export function presentNotification(row: InboxRow, reader: Reader): NotificationItem {
  const { title, body } = renderNotification(row, reader);
  return {
    id: row.id,
    kind: row.kind,
    title,
    body,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}
