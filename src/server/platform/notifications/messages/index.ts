import { sql } from 'drizzle-orm';
import type { Locale } from '../../../../contracts/auth';
import { FALLBACK_TIME_ZONE, isTimeZone } from '../../clock';
import { type Db, queryRows } from '../../db/client';
import { ERASED_NAME } from '../erasure';
import { isNotificationKind } from '../kinds';
import { de, deChrome } from './de';
import { en, enChrome } from './en';
import type { Catalogue, Chrome, Formatter, NotificationMessage, RenderedNotification } from './params';

export type { NotificationMessage, NotificationParams, RenderedNotification } from './params';

/** Who reads a notification: their own language, their organisation's time zone. */
export interface Reader {
  locale: Locale;
  timeZone: string;
}

/** The language of the platform when a reader's own is unknown. */
export const DEFAULT_LOCALE: Locale = 'en';

export const catalogues: Record<Locale, Catalogue> = { en, de };
export const chromes: Record<Locale, Chrome> = { en: enChrome, de: deChrome };

/** A stored locale preference as a supported language ('de-AT' or junk count as their base or English). */
export function asLocale(value: string | null | undefined): Locale {
  return value?.slice(0, 2).toLowerCase() === 'de' ? 'de' : 'en';
}

/** The organisation's default language (settings.defaultLocale), English when it has none. */
export async function organizationDefaultLocale(db: Db, organizationId: string): Promise<Locale> {
  const [row] = await queryRows<{ locale: string | null }>(
    db,
    sql`SELECT settings->>'defaultLocale' AS locale FROM organizations WHERE id = ${organizationId}::uuid`,
  );
  return asLocale(row?.locale);
}

const intlLocale: Record<Locale, string> = { en: 'en-GB', de: 'de-DE' };
const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(locale: Locale, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], {
      timeZone,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    });
    if (formats.size > 500) formats.clear();
    formats.set(key, format);
  }
  return format;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** `onInstant` is told when a text shows a time, which depends on the zone (notify.ts uses it). */
export function formatterFor(reader: Reader, onInstant?: () => void): Formatter {
  const chrome = chromes[reader.locale];
  const zone = isTimeZone(reader.timeZone) ? reader.timeZone : FALLBACK_TIME_ZONE;
  return {
    // A calendar date is the organisation's date already: shown as that day, whatever the zone.
    date: (value) => {
      const day = value.slice(0, 10);
      if (!isoDate.test(day)) return value;
      return formatOf(reader.locale, 'UTC', false).format(new Date(`${day}T00:00:00Z`));
    },
    dateTime: (value) => {
      onInstant?.();
      const at = new Date(value);
      if (Number.isNaN(at.getTime())) return value;
      const text = formatOf(reader.locale, zone, true).format(at);
      return reader.locale === 'de' ? `${text.replace(' um ', ', ')} Uhr` : text.replace(' at ', ', ');
    },
    person: (name, fallback) => {
      if (name == null || name.trim() === '') return fallback ?? chrome.someone;
      return name === ERASED_NAME ? chrome.erasedPerson : name;
    },
  };
}

/** Renders a kind and its parameters in the reader's language. */
export function renderMessage(
  message: NotificationMessage,
  reader: Reader,
  onInstant?: () => void,
): RenderedNotification {
  const render = catalogues[reader.locale][message.kind] as (
    params: unknown,
    f: Formatter,
  ) => RenderedNotification;
  return render(message.params, formatterFor(reader, onInstant));
}

/** A stored notification: rows from before kinds had parameters have none and keep their text. */
export interface StoredNotification {
  kind: string;
  params: unknown;
  title: string;
  body: string;
}

/**
 * What the reader sees of a stored notification: written afresh from its kind and parameters in
 * their language; a row without parameters (older than this) or one that cannot be rendered shows
 * the text it was stored with.
 */
export function renderNotification(row: StoredNotification, reader: Reader): RenderedNotification {
  if (row.params == null || typeof row.params !== 'object' || !isNotificationKind(row.kind)) {
    return { title: row.title, body: row.body };
  }
  try {
    return renderMessage({ kind: row.kind, params: row.params } as NotificationMessage, reader);
  } catch {
    return { title: row.title, body: row.body };
  }
}
