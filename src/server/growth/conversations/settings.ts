import { eq } from 'drizzle-orm';
import { organizationToday } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { defaultQuestions } from './defaultQuestions';
import { careerConversationSettings, careerQuestions } from './tables';

export type SettingsRow = typeof careerConversationSettings.$inferSelect;

/**
 * The organisation's conversation settings, created with the default question bank on first use.
 * Creating the settings row and the questions in one statement pair, keyed on the settings row's
 * primary key, makes the seeding happen once even when two first requests race.
 */
export async function ensureConversationSetup(db: Db, organizationId: string): Promise<SettingsRow> {
  const [existing] = await db
    .select()
    .from(careerConversationSettings)
    .where(eq(careerConversationSettings.organizationId, organizationId));
  if (existing) return existing;
  // The cadence rule begins today in the organisation's calendar: nobody is overdue before it.
  const policyStartedOn = await organizationToday(db, organizationId);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(careerConversationSettings)
      .values({ organizationId, policyStartedOn })
      .onConflictDoNothing()
      .returning();
    if (created) {
      await tx
        .insert(careerQuestions)
        .values(
          defaultQuestions.map((question, index) => ({ ...question, organizationId, position: index + 1 })),
        );
      return created;
    }
    const [row] = await tx
      .select()
      .from(careerConversationSettings)
      .where(eq(careerConversationSettings.organizationId, organizationId));
    return row!;
  });
}

/** `date` (YYYY-MM-DD) plus whole months; a day past the month's end clamps to its last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** Whole days between two YYYY-MM-DD dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round(
    (Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`)) / 86_400_000,
  );
}
