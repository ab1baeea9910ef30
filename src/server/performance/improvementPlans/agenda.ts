import { and, eq, isNull } from 'drizzle-orm';
import { organizations, people } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import { addNowAgendaItems, settleNowAgendaItems } from '../oneOnOnes/nowSection';
import { findSeriesBetween } from '../readApi/oneOnOneSeries';
import { isRunning } from './policy';
import { improvementPlanCheckIns, type PipState, type PipVisibility } from './tables';

/** Where the plan's items come from on a 1:1 agenda (`one_on_one_agenda_items.source`). */
export const PIP_AGENDA_SOURCE = 'improvement_plan';

/**
 * The agenda line of a check-in. It is stored text both participants read (the employee too), so it
 * says only that a check-in on the plan is due and when — in the organisation's language, since an
 * agenda line has one text for both readers.
 */
export function checkInAgendaText(locale: string, day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (locale === 'de') {
    const formatted = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    return `Zwischengespräch zum Leistungsverbesserungsplan, fällig am ${formatted}`;
  }
  const formatted = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  return `Improvement plan check-in, due ${formatted}`;
}

/**
 * Puts the plan's coming check-ins on the "Now" agenda of the 1:1 between the employee and their
 * current direct manager (SPEC S3.2, issue 12 item 12), when there is such a series and the employee
 * reads the check-in section — the 1:1 is shared with them, so nothing they may not read goes there.
 * Safe to call again: a check-in is on a meeting's agenda at most once.
 */
export async function syncPlanAgenda(
  tx: Db,
  plan: {
    id: string;
    organizationId: string;
    employeeId: string;
    state: PipState;
    checkInsVisibility: PipVisibility;
  },
): Promise<number> {
  if (!isRunning(plan.state) || plan.checkInsVisibility !== 'employee') return 0;
  const [employee] = await tx
    .select({ managerId: people.managerId, settings: organizations.settings })
    .from(people)
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .where(eq(people.id, plan.employeeId));
  if (!employee?.managerId) return 0;
  const seriesId = await findSeriesBetween(tx, {
    organizationId: plan.organizationId,
    personA: plan.employeeId,
    personB: employee.managerId,
  });
  if (!seriesId) return 0;
  const open = await tx
    .select({ id: improvementPlanCheckIns.id, scheduledOn: improvementPlanCheckIns.scheduledOn })
    .from(improvementPlanCheckIns)
    .where(and(eq(improvementPlanCheckIns.planId, plan.id), isNull(improvementPlanCheckIns.recordedAt)));
  const locale = employee.settings.defaultLocale === 'de' ? 'de' : 'en';
  return addNowAgendaItems(tx, {
    seriesId,
    items: open.map((checkIn) => ({
      source: PIP_AGENDA_SOURCE,
      sourceRef: checkIn.id,
      dueOn: checkIn.scheduledOn,
      text: checkInAgendaText(locale, checkIn.scheduledOn),
    })),
  });
}

/** Ticks a recorded check-in's agenda item, or takes away the items of check-ins that no longer apply. */
export function settlePlanAgenda(
  tx: Db,
  organizationId: string,
  checkInIds: string[],
  how: 'discussed' | 'withdrawn',
) {
  return settleNowAgendaItems(tx, { organizationId, source: PIP_AGENDA_SOURCE, sourceRefs: checkInIds, how });
}
