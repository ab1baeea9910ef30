import { z } from 'zod';
import { uuidParam } from '../../../contracts/common';
import { issue } from '../../../contracts/issues';
import {
  markAllReadResult,
  notificationItem,
  notificationListQuery,
  notificationPage,
  notificationSettings,
  unreadCount,
} from '../../../contracts/notifications';
import type { Actor } from '../auth/actor';
import { actorTimeZone } from '../clock';
import type { Db } from '../db/client';
import { validationFailed } from '../errors/appError';
import { type RouteModule, requireActor } from '../http/types';
import {
  markAllNotificationsRead,
  markNotificationRead,
  recipientOf,
} from './commands/markNotificationsRead';
import { readNotificationSettings, updateNotificationSettings } from './commands/updateNotificationSettings';
import { asLocale, type Reader } from './messages';
import { unreadNotificationCount } from './notify';
import { presentNotification } from './present';
import { decodeInboxCursor, listInbox } from './queries';

const notificationParams = z.object({ notificationId: uuidParam });

/** The caller reads in their own language and their organisation's time zone. */
const readerOf = async (db: Db, actor: Actor): Promise<Reader> => ({
  locale: asLocale(actor.locale),
  timeZone: await actorTimeZone(db, actor),
});

/**
 * The caller's own inbox. There is no way to name another person here: every query is bound to
 * the signed-in person, so only the recipient ever sees a notification.
 */
export const notificationsRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'My notifications, newest first (cursor pages; `unread=true` for unread only)',
        querystring: notificationListQuery,
        response: { 200: notificationPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { unread, limit, cursor } = request.query;
      const after = cursor ? decodeInboxCursor(cursor) : null;
      if (cursor && !after) throw validationFailed({ cursor: issue('pageLinkInvalid') });
      const recipient = recipientOf(actor);
      if (!recipient) return { items: [], nextCursor: null };
      const page = await listInbox(db, recipient, { unreadOnly: unread, limit, after });
      const reader = await readerOf(db, actor);
      return { items: page.rows.map((row) => presentNotification(row, reader)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/notifications/unread-count',
    {
      schema: {
        tags: ['notifications'],
        summary: 'How many of my notifications are unread (for the bell badge)',
        response: { 200: unreadCount },
      },
    },
    async (request) => {
      const recipient = recipientOf(requireActor(request));
      return { unread: recipient ? await unreadNotificationCount(db, recipient.personId) : 0 };
    },
  );

  app.post(
    '/api/notifications/:notificationId/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark one of my notifications as read',
        params: notificationParams,
        response: { 200: notificationItem },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await markNotificationRead(db, actor, request.params.notificationId);
      return presentNotification(row, await readerOf(db, actor));
    },
  );

  app.post(
    '/api/notifications/read-all',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark all my notifications as read',
        response: { 200: markAllReadResult },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const marked = await markAllNotificationsRead(db, actor);
      // Counted afresh: a notification may have arrived while the request ran.
      const recipient = recipientOf(actor);
      return { marked, unread: recipient ? await unreadNotificationCount(db, recipient.personId) : 0 };
    },
  );

  app.get(
    '/api/notifications/settings',
    {
      schema: {
        tags: ['notifications'],
        summary: 'My notification settings (daily digest email)',
        response: { 200: notificationSettings },
      },
    },
    async (request) => readNotificationSettings(db, requireActor(request)),
  );

  app.put(
    '/api/notifications/settings',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Change my notification settings',
        body: notificationSettings,
        response: { 200: notificationSettings },
      },
    },
    async (request) => updateNotificationSettings(db, requireActor(request), request.body),
  );
};
