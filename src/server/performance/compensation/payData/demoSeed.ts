import { and, eq, ne } from 'drizzle-orm';
import { departments, levels, people } from '../../../org/tables';
import { addDays } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { type DemoContext, insertInChunks, type WorkFamily, workFamily } from '../../../seed/demoContext';
import { compBands, payRecords } from './tables';

/** Job families of the demo's bands, named from the departments' kind of work. */
const familyName: Record<WorkFamily, string> = {
  engineering: 'Engineering',
  product: 'Product',
  commercial: 'Commercial',
  people: 'People',
  business: 'Business',
};

/** Pay zones by office, each with its own currency: pay data in more than one currency. */
const zoneOf: Record<string, { zone: string; currency: string; factor: number }> = {
  London: { zone: 'UK', currency: 'GBP', factor: 0.85 },
  Lisbon: { zone: 'Europe', currency: 'EUR', factor: 0.8 },
  Berlin: { zone: 'Europe', currency: 'EUR', factor: 0.8 },
  'New York': { zone: 'US', currency: 'USD', factor: 1.2 },
};
const fallbackZone = zoneOf.London!;
const zones = [...new Map(Object.values(zoneOf).map((zone) => [zone.zone, zone])).values()];

/** A level's band midpoint before the zone's factor (whole major units, a year, full time). */
const midpointOfRank = (rank: number) => 30_000 + rank * 1_500;

/** Rounds to 500 major units and turns into minor units (all demo currencies have two decimals). */
const minor = (major: number) => Math.round(major / 500) * 500 * 100;

/** When HR entered a record: the morning of a date (the history's order depends on it). */
const enteredOn = (date: string) => new Date(`${date}T09:00:00Z`);

/** A repeatable spread of -6 % … +6 % per person, so the demo's placements differ. */
const spread = (index: number) => ((index * 37) % 13) / 100 - 0.06;

/**
 * Salary bands per family × level × zone (a version two years ago and the current one, 4 % higher,
 * the current one without a target for the business family so its midpoint is used), and pay for
 * everyone still employed: hired at about the band then, a merit increase a year ago, and for
 * every seventh person a correction of that increase, so histories show corrections too.
 */
export async function seedDemoPayData(tx: Db, context: DemoContext): Promise<void> {
  const { organizationId, today } = context;
  const staff = await tx
    .select({
      id: people.id,
      levelId: people.levelId,
      location: people.location,
      hireDate: people.hireDate,
      departmentName: departments.name,
    })
    .from(people)
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .where(and(eq(people.organizationId, organizationId), ne(people.status, 'terminated')))
    .orderBy(people.email);
  const levelRows = await tx
    .select({ id: levels.id, rank: levels.rank })
    .from(levels)
    .where(eq(levels.organizationId, organizationId));
  const rankOf = new Map(levelRows.map((level) => [level.id, level.rank]));
  const previousVersion = addDays(today, -730);
  const currentVersion = addDays(today, -300);

  const families = [...new Set(staff.map((person) => workFamily(person.departmentName)))];
  const bands = families.flatMap((family) =>
    levelRows.flatMap((level) =>
      zones.flatMap(({ zone, currency, factor }) => {
        const mid = midpointOfRank(level.rank) * factor;
        const version = (effectiveFrom: string, raise: number, withTarget: boolean) => ({
          organizationId,
          jobFamily: familyName[family],
          levelId: level.id,
          payZone: zone,
          currency,
          minMinor: minor(mid * 0.8 * raise),
          targetMinor: withTarget ? minor(mid * raise) : null,
          maxMinor: minor(mid * 1.2 * raise),
          effectiveFrom,
        });
        return [version(previousVersion, 1, true), version(currentVersion, 1.04, family !== 'business')];
      }),
    ),
  );
  await insertInChunks(bands, (chunk) => tx.insert(compBands).values(chunk));

  const records = staff.flatMap((person, index) => {
    const { zone, currency, factor } = zoneOf[person.location] ?? fallbackZone;
    const rank = person.levelId ? (rankOf.get(person.levelId) ?? 20) : 20;
    const hiredAt = midpointOfRank(rank) * factor * (0.95 + spread(index));
    const common = {
      organizationId,
      personId: person.id,
      currency,
      frequency: 'annual' as const,
      ftePermille: index % 9 === 4 ? 800 : 1000,
      variableTargetBps: rank >= 40 ? 1500 : rank >= 20 ? 500 : null,
      jobFamily: familyName[workFamily(person.departmentName)],
      payZone: zone,
    };
    const meritOn = addDays(today, -365);
    const hire = {
      ...common,
      effectiveFrom: person.hireDate,
      baseMinor: minor(hiredAt),
      reason: 'hire' as const,
      createdAt: enteredOn(person.hireDate),
    };
    if (person.hireDate >= meritOn) return [hire];
    const merit = {
      ...common,
      effectiveFrom: meritOn,
      baseMinor: minor(hiredAt * 1.06),
      reason: 'merit' as const,
      createdAt: enteredOn(meritOn),
    };
    if (index % 7 !== 3) return [hire, merit];
    return [
      hire,
      merit,
      {
        ...merit,
        baseMinor: minor(hiredAt * 1.07),
        reason: 'correction' as const,
        note: 'Merit was keyed from the old band',
        // Entered a week after the merit it corrects: the later record on a date is the one in effect.
        createdAt: enteredOn(addDays(meritOn, 7)),
      },
    ];
  });
  await insertInChunks(records, (chunk) => tx.insert(payRecords).values(chunk));
}
