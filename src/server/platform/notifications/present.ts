import type { NotificationItem } from '../../../contracts/notifications';
import type { InboxRow } from './queries';

/** The fields the inbox exposes; the email state and recipient stay on the server. */
export function presentNotification(row: InboxRow): NotificationItem {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}
