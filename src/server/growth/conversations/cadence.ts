import type { PersonConversationSummary, ReportCadence } from '../../../contracts/conversations';
import { todayIn } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { type ConversationRow, cadenceFacts } from './queries';
import { releaseWarningFor } from './releaseWarning';
import { addMonths, type SettingsRow } from './settings';

/**
 * When a person's next career conversation is due: a cadence after the last one held, or, when none
 * was held yet, a cadence after `countFrom` (see `cadenceStart`: nobody is overdue for a time before
 * the rule began, before they joined or before they had their manager). Overdue means the date has
 * passed; a conversation already scheduled does not clear it until it is held. Days are the
 * organisation's (`timeZone`): a conversation held on a Monday morning in Auckland counts from that
 * Monday, though UTC still says Sunday.
 */
export function dueDate(
  lastHeldAt: Date | null,
  countFrom: string,
  cadenceMonths: number,
  timeZone: string,
): string {
  const from = lastHeldAt ? todayIn(timeZone, lastHeldAt) : countFrom;
  return addMonths(from, cadenceMonths);
}

/** The latest of: the day the cadence rule began, the hire date, the start with the current manager. */
export function cadenceStart(policyStartedOn: string, hireDate: string, managerSince: string | null): string {
  return [policyStartedOn, hireDate, managerSince ?? ''].reduce((a, b) => (b > a ? b : a)).slice(0, 10);
}

export async function reportCadences(
  db: Db,
  settings: SettingsRow,
  /** The organisation's time zone (platform/clock.ts). */
  timeZone: string,
  managerId: string,
  reports: { id: string; givenName: string; familyName: string; jobTitle: string; hireDate: string }[],
): Promise<ReportCadence[]> {
  const facts = await cadenceFacts(
    db,
    reports.map((r) => r.id),
    managerId,
  );
  const today = todayIn(timeZone);
  return reports.map((report) => {
    const fact = facts.get(report.id);
    const countFrom = cadenceStart(settings.policyStartedOn, report.hireDate, fact?.managerSince ?? null);
    const dueBy = dueDate(fact?.lastHeldAt ?? null, countFrom, settings.cadenceMonths, timeZone);
    return {
      person: {
        id: report.id,
        displayName: `${report.givenName} ${report.familyName}`,
        jobTitle: report.jobTitle,
      },
      lastHeldAt: fact?.lastHeldAt?.toISOString() ?? null,
      nextScheduledAt: fact?.next?.scheduledAt.toISOString() ?? null,
      nextConversationId: fact?.next?.id ?? null,
      dueBy,
      overdue: dueBy < today,
    };
  });
}

export async function personSummary(
  db: Db,
  settings: SettingsRow,
  /** The organisation's time zone (platform/clock.ts). */
  timeZone: string,
  person: { id: string; hireDate: string; organizationId: string },
  /** The manager's view: only conversations they take part in count as "next". */
  viewerManagerId: string | undefined,
): Promise<PersonConversationSummary> {
  const fact = (await cadenceFacts(db, [person.id], viewerManagerId)).get(person.id);
  const countFrom = cadenceStart(settings.policyStartedOn, person.hireDate, fact?.managerSince ?? null);
  const dueBy = dueDate(fact?.lastHeldAt ?? null, countFrom, settings.cadenceMonths, timeZone);
  const next: ConversationRow | null = fact?.next ?? null;
  return {
    personId: person.id,
    lastHeldAt: fact?.lastHeldAt?.toISOString() ?? null,
    next: next
      ? {
          id: next.id,
          scheduledAt: next.scheduledAt.toISOString(),
          releaseWarning: await releaseWarningFor(db, {
            organizationId: person.organizationId,
            employeeId: person.id,
            scheduledAt: next.scheduledAt,
            windowDays: settings.releaseWindowDays,
            timeZone,
          }),
        }
      : null,
    dueBy,
    overdue: dueBy < todayIn(timeZone),
  };
}
