import { DateInput, type DateInputProps } from '@mantine/dates';
import { dateInputFormat } from '../app/format';

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Month names as people type them, English and German, long and short ("Dec", "Dezember", "Mär"). */
const monthNames: [string, number][] = ['en-GB', 'de-DE'].flatMap((locale) =>
  (['long', 'short'] as const).flatMap((width) =>
    Array.from({ length: 12 }, (_, index): [string, number] => [
      new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' })
        .format(new Date(Date.UTC(2026, index, 15)))
        .replace('.', '')
        .toLowerCase(),
      index + 1,
    ]),
  ),
);

/**
 * A typed date in the forms the app shows or people write: "16 Dec 2026", "16 Dezember 2026",
 * "16.12.2026" or "2026-12-16". Returns `YYYY-MM-DD`, or null for anything else.
 */
export function parseTypedDate(text: string): string | null {
  const value = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) return isoOf(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$/.exec(value);
  if (match) return isoOf(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})\.?\s+([\p{L}]+)\.?\s+(\d{4})$/u.exec(value);
  if (match) {
    const name = match[2]!.toLowerCase();
    const month = monthNames.find(([candidate]) => candidate === name || candidate.startsWith(name))?.[1];
    if (month && name.length >= 3) return isoOf(Number(match[3]), month, Number(match[1]));
  }
  return null;
}

/**
 * A date input that shows dates as the rest of the app does ("16 Dec 2026", German "16.12.2026"),
 * opens a calendar in the reader's language (DatesProvider) and also takes a typed date.
 * The value is `YYYY-MM-DD`, or '' when empty.
 */
export function DateField({
  value,
  onChange,
  ...props
}: Omit<DateInputProps, 'value' | 'onChange'> & { value?: string; onChange: (value: string) => void }) {
  return (
    <DateInput
      valueFormat={dateInputFormat()}
      dateParser={parseTypedDate}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      {...props}
    />
  );
}
