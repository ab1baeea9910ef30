import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { hashPassword } from '../../platform/auth/passwords';
import type { Db } from '../../platform/db/client';
import { organizations } from '../tables';
import {
  departmentProfiles,
  executiveOffice,
  type IndividualLevel,
  levelLadder,
  type ManagerLevel,
  type OfficeLocation,
  officeLocations,
  titleFor,
} from './catalogue';
import {
  type DemoPersona,
  type DemoPosition,
  demoAccounts,
  demoManagerChangeDate,
  demoOrganization,
  demoPassword,
  demoRoles,
  demoTerminationDate,
} from './demoRoster';
import { EmailAllocator, type GeneratedName, randomName } from './names';
import {
  jobTitlesOf,
  type OrganizationPlan,
  openLineFor,
  type PlannedPerson,
  type PlannedReportingLine,
} from './plan';
import { addDays, daysBetween, SeededRandom } from './random';
import { writeOrganizationPlan } from './writePlan';

export { demoAccounts, demoPassword } from './demoRoster';
export const demoSlug = 'demo';
const demoDomain = 'demo.test';
const foundedOn = '2018-11-05';
const lastHireOn = '2026-10-15';

/**
 * Creates the demo organisation ("Brightwater Labs") unless it already exists. Deterministic: the
 * same names, titles and dates on every run, so tests and guides can refer to them.
 */
export async function seedDemoOrganization(db: Db): Promise<{ organizationId: string; created: boolean }> {
  const [existing] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, demoSlug));
  if (existing) return { organizationId: existing.id, created: false };
  // One argon2 hash shared by every demo login: hashing is deliberately slow.
  const passwordHash = await hashPassword(demoPassword);
  const { organizationId } = await writeOrganizationPlan(db, buildDemoPlan(passwordHash));
  return { organizationId, created: true };
}

interface Placed {
  position: DemoPosition;
  parent: number;
}

export function buildDemoPlan(passwordHash: string): OrganizationPlan {
  const random = new SeededRandom(72_026);
  const placed = breadthFirst(demoOrganization);
  const hireDates = hireDatesFor(placed, random);
  const names = uniqueNames(placed, random);
  const emails = new EmailAllocator(demoDomain);
  for (const email of Object.values(demoAccounts)) emails.reserve(email);
  const keyToIndex = new Map<string, number>();
  placed.forEach(({ position }, index) => {
    if (position.key) keyToIndex.set(position.key, index);
  });

  const people: PlannedPerson[] = [];
  const personaOf = new Map<string, DemoPersona>();
  const lines: PlannedReportingLine[] = [];
  const offices: OfficeLocation[] = [];
  placed.forEach(({ position, parent }, index) => {
    const name = names[index]!;
    const office = officeOf(position, parent >= 0 ? offices[parent]! : null, random);
    offices.push(office);
    const person: PlannedPerson = {
      id: randomUUID(),
      employeeId: `BW-${String(1001 + index)}`,
      email: position.persona ? demoAccounts[position.persona] : emails.next(name),
      ...name,
      jobTitle: titleOf(position),
      level: position.level,
      department:
        position.department === 'executive'
          ? executiveOffice.name
          : departmentProfiles[position.department].name,
      location: office.location,
      timezone: office.timezone,
      hireDate: hireDates[index]!,
      status: position.status ?? 'active',
      terminatedOn: position.status === 'terminated' ? demoTerminationDate : null,
      managerId: parent >= 0 ? people[parent]!.id : null,
    };
    people.push(person);
    if (position.persona) personaOf.set(person.id, position.persona);
    if (position.previousManager) {
      const previous = people[keyToIndex.get(position.previousManager)!]!;
      lines.push(
        {
          personId: person.id,
          managerId: previous.id,
          validFrom: person.hireDate,
          validTo: demoManagerChangeDate,
        },
        { personId: person.id, managerId: person.managerId, validFrom: demoManagerChangeDate, validTo: null },
      );
    } else {
      lines.push(openLineFor(person));
    }
  });

  return {
    slug: demoSlug,
    name: 'Brightwater Labs (demo)',
    departments: [...new Set(people.map((person) => person.department))],
    levels: levelLadder,
    jobTitles: jobTitlesOf(people),
    people,
    reportingLines: lines,
    accounts: people.map((person) => {
      const persona = personaOf.get(person.id);
      return {
        personId: person.id,
        email: person.email,
        // Everyone but the demo logins would be invited, so they have no password yet.
        passwordHash: persona ? passwordHash : null,
        roles: persona ? demoRoles[persona] : [],
        disabledAt: person.status === 'terminated' ? new Date(`${person.terminatedOn}T17:00:00Z`) : null,
      };
    }),
  };
}

/** Most people work from their manager's office; the rest are spread over the others. */
function officeOf(
  position: DemoPosition,
  managerOffice: OfficeLocation | null,
  random: SeededRandom,
): OfficeLocation {
  if (position.location) return officeLocations.find((office) => office.location === position.location)!;
  return managerOffice && random.chance(0.6) ? managerOffice : random.pick(officeLocations);
}

function titleOf(position: DemoPosition): string {
  if (position.title) return position.title;
  if (position.department === 'executive') return executiveOffice.ceoTitle;
  return titleFor(departmentProfiles[position.department], position.level as IndividualLevel | ManagerLevel);
}

/** Breadth-first, so every manager is listed (and inserted) before their reports. */
function breadthFirst(root: DemoPosition): Placed[] {
  const placed: Placed[] = [{ position: root, parent: -1 }];
  for (let index = 0; index < placed.length; index++) {
    for (const report of placed[index]!.position.reports ?? [])
      placed.push({ position: report, parent: index });
  }
  return placed;
}

/**
 * Named people keep their fixed hire dates; the others join at a random point between their
 * manager's hire date (a reporting line cannot start before the manager was there) and the
 * earliest fixed date further down their team, leaning early so that teams have long-servers too.
 */
function hireDatesFor(placed: readonly Placed[], random: SeededRandom): string[] {
  const latestAllowed = placed.map(({ position }) => position.hireDate ?? lastHireOn);
  for (let index = placed.length - 1; index > 0; index--) {
    const parent = placed[index]!.parent;
    if (latestAllowed[index]! < latestAllowed[parent]!) latestAllowed[parent] = latestAllowed[index]!;
  }
  const dates: string[] = [];
  placed.forEach(({ position, parent }, index) => {
    const managerHired = parent >= 0 ? dates[parent]! : foundedOn;
    const window = Math.max(0, daysBetween(managerHired, latestAllowed[index]!));
    const date = position.hireDate ?? addDays(managerHired, Math.floor(window * random.next() ** 1.4));
    if (date < managerHired) {
      throw new Error(`Demo roster: hire date ${date} precedes the manager's (${managerHired}).`);
    }
    dates.push(date);
  });
  return dates;
}

/** Generated names avoid repeating anyone's full name: two Wei Chens in an 80-person demo look like a bug. */
function uniqueNames(placed: readonly Placed[], random: SeededRandom): GeneratedName[] {
  const taken = new Set(placed.flatMap(({ position }) => (position.name ? [position.name.join(' ')] : [])));
  return placed.map(({ position }) => {
    if (position.name) return { givenName: position.name[0], familyName: position.name[1] };
    let name = randomName(random);
    while (taken.has(`${name.givenName} ${name.familyName}`)) name = randomName(random);
    taken.add(`${name.givenName} ${name.familyName}`);
    return name;
  });
}
