import { and, eq, inArray, sql } from 'drizzle-orm';
import type { LetterLanguage } from '../../../../contracts/compensation/letters';
import { organizations } from '../../../org/tables';
import { accounts } from '../../../platform/auth/tables';
import type { Db } from '../../../platform/db/client';
import { compCycleParticipants, compCycles } from '../cycles/tables';
import { compProposals } from '../proposals/tables';
import { compLetterTemplates, type LetterTemplateRow } from './tables';

/** The organisation's saved template in a language, or null (the default applies). */
export async function findLetterTemplate(
  db: Db,
  organizationId: string,
  language: LetterLanguage,
  forUpdate = false,
): Promise<LetterTemplateRow | null> {
  const query = db
    .select()
    .from(compLetterTemplates)
    .where(
      and(eq(compLetterTemplates.organizationId, organizationId), eq(compLetterTemplates.language, language)),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** Every saved template of the organisation, by language. */
export async function letterTemplatesOf(db: Db, organizationId: string) {
  const rows = await db
    .select()
    .from(compLetterTemplates)
    .where(eq(compLetterTemplates.organizationId, organizationId));
  return new Map(rows.map((row) => [row.language, row]));
}

/** What letters need of the organisation: its name, default language and the band-placement setting. */
export async function letterSettingsOf(db: Db, organizationId: string) {
  const [row] = await db
    .select({
      name: organizations.name,
      defaultLocale: sql<string | null>`${organizations.settings} ->> 'defaultLocale'`,
      showBandPlacement: sql<boolean>`COALESCE((${organizations.settings} ->> 'showBandPlacementToEmployees')::boolean, false)`,
    })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row ?? { name: '', defaultLocale: null, showBandPlacement: false };
}
export type LetterSettings = Awaited<ReturnType<typeof letterSettingsOf>>;

/** The account locale of each person who has a login (people without one get the organisation's). */
export async function localesOf(db: Db, organizationId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ personId: accounts.personId, locale: accounts.locale })
    .from(accounts)
    .where(and(eq(accounts.organizationId, organizationId), inArray(accounts.personId, [...personIds])));
  return new Map(rows.map((row) => [row.personId!, row.locale]));
}

/**
 * The person's participations with an approved proposal in cycles whose outcome they may see:
 * released, not a sandbox, visibility date on or before `today` (the rule of their export,
 * `visibleParticipations`). Newest effective date first.
 */
export async function visibleLetterParticipations(
  db: Db,
  options: { organizationId: string; personId: string; today: string; cycleId?: string },
) {
  return db
    .select({
      participantId: compCycleParticipants.id,
      cycleId: compCycles.id,
      cycleName: compCycles.name,
      effectiveDate: compCycles.effectiveDate,
      visibilityDate: compCycles.visibilityDate,
    })
    .from(compCycleParticipants)
    .innerJoin(compCycles, eq(compCycles.id, compCycleParticipants.cycleId))
    .innerJoin(compProposals, eq(compProposals.participantId, compCycleParticipants.id))
    .where(
      and(
        eq(compCycleParticipants.organizationId, options.organizationId),
        eq(compCycleParticipants.personId, options.personId),
        eq(compProposals.state, 'approved'),
        eq(compCycles.sandbox, false),
        sql`${compCycles.releasedAt} IS NOT NULL`,
        sql`${compCycles.visibilityDate} <= ${options.today}::date`,
        options.cycleId ? eq(compCycles.id, options.cycleId) : undefined,
      ),
    )
    .orderBy(sql`${compCycles.effectiveDate} DESC`, compCycles.id);
}
