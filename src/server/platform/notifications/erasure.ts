import { sql } from 'drizzle-orm';
import { inOrg, isPerson } from '../erasure/helpers';
import { retentionRules } from '../erasure/retention';
import type { PersonalDataEraser } from '../erasure/types';

/** A fixed stand-in for the person's name in messages to others (never derived from them). */
export const ERASED_NAME = 'An erased person';

/**
 * The person's inbox and notification settings are deleted; notices to others that mention them
 * by name ("… asked for feedback") stay in the other person's inbox with the name replaced.
 */
export const notificationsEraser: PersonalDataEraser = {
  domain: 'notifications',
  operations: (s) => [
    {
      table: 'notifications',
      kind: 'Their notifications',
      dataClass: 'system',
      action: 'delete',
      reason: retentionRules.system.reason,
      covers: ['notifications.recipient_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'recipient_id')}`,
    },
    {
      table: 'notifications',
      kind: 'Notices to others that name them',
      dataClass: 'system',
      action: 'anonymise',
      othersRecord: true,
      reason: "Another person's notice: kept, the name replaced",
      covers: [],
      // The name is in the stored text and, on newer rows, in the parameters the text is rendered
      // from (rendered, the stand-in reads in the reader's language: messages/index.ts).
      where: sql`${inOrg(s)} AND recipient_id <> ${s.personId}
                 AND (strpos(title, ${s.fullName}) > 0 OR strpos(body, ${s.fullName}) > 0
                      OR EXISTS (SELECT 1 FROM jsonb_each_text(CASE WHEN jsonb_typeof(params) = 'object'
                                                                    THEN params END) e
                                  WHERE strpos(e.value, ${s.fullName}) > 0))`,
      set: sql`title = replace(title, ${s.fullName}, ${ERASED_NAME}), body = replace(body, ${s.fullName}, ${ERASED_NAME}),
               params = CASE WHEN jsonb_typeof(params) = 'object' THEN (
                 SELECT coalesce(jsonb_object_agg(e.key, CASE WHEN jsonb_typeof(e.value) = 'string'
                   THEN to_jsonb(replace(e.value #>> '{}', ${s.fullName}, ${ERASED_NAME})) ELSE e.value END), '{}'::jsonb)
                 FROM jsonb_each(params) e) ELSE params END`,
    },
    {
      table: 'notification_settings',
      kind: 'Their notification settings',
      dataClass: 'system',
      action: 'delete',
      reason: retentionRules.system.reason,
      covers: ['notification_settings.person_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')}`,
      idColumn: 'person_id',
    },
  ],
};
