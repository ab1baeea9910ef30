import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { organizations } from '../tables';
import {
  type DepartmentKey,
  departmentProfiles,
  executiveOffice,
  type IndividualLevel,
  levelLadder,
  type ManagerLevel,
  type OfficeLocation,
  officeLocations,
  titleFor,
} from './catalogue';
import { EmailAllocator, randomName } from './names';
import { jobTitlesOf, type OrganizationPlan, openLineFor, type PlannedPerson } from './plan';
import { addDays, daysBetween, SeededRandom } from './random';
import { writeOrganizationPlan } from './writePlan';

export interface SyntheticOptions {
  people: number;
  slug?: string;
  name?: string;
  /** PRNG seed: the same seed and size give the same organisation. */
  seed?: number;
  /** Create a (password-less) login per person; off by default because benchmarks rarely need them. */
  accounts?: boolean;
  /** Founding date and "today" of the generated history. */
  foundedOn?: string;
  asOf?: string;
}

const minSpan = 3;
const maxSpan = 12;
/** Chance that a person below the VPs manages a team; sets how fast the hierarchy deepens. */
const manageProbability = 0.5;
const individualLevelWeights: readonly (readonly [IndividualLevel, number])[] = [
  ['IC1', 15],
  ['IC2', 35],
  ['IC3', 30],
  ['IC4', 14],
  ['IC5', 6],
];

interface TreeNode {
  parent: number;
  depth: number;
  reports: number;
}

/**
 * Grows a reporting tree breadth-first: each manager takes 3–12 reports and only some people
 * below the VPs become managers, so depth grows roughly with log(N) and individual contributors
 * appear at every depth, as in real organisations. Breadth-first order puts managers first.
 */
export function growReportingTree(size: number, random: SeededRandom): TreeNode[] {
  if (size < 1) throw new Error('An organisation needs at least one person.');
  const nodes: TreeNode[] = [{ parent: -1, depth: 0, reports: 0 }];
  let remaining = size - 1;
  let queue = [0];
  let position = 0;
  let passedOver: number[] = [];
  let recruitEveryone = false;
  while (remaining > 0) {
    if (position === queue.length) {
      // Everyone still waiting declined to manage (only likely in tiny organisations): ask them again,
      // this time without the option to decline, so the tree can hold everybody.
      if (passedOver.length === 0) break;
      queue = passedOver;
      passedOver = [];
      position = 0;
      recruitEveryone = true;
      continue;
    }
    const index = queue[position++]!;
    const node = nodes[index]!;
    if (!(recruitEveryone || node.depth < 2 || random.chance(manageProbability))) {
      passedOver.push(index);
      continue;
    }
    // A small company has a few leaders under its chief executive, not a dozen.
    const wanted =
      node.depth === 0
        ? Math.min(random.int(6, maxSpan), Math.max(minSpan, Math.ceil(Math.sqrt(size) / 2)))
        : random.int(minSpan, maxSpan);
    const span = fitSpan(wanted, remaining);
    for (let i = 0; i < span; i++) {
      queue.push(nodes.length);
      nodes.push({ parent: index, depth: node.depth + 1, reports: 0 });
    }
    node.reports = span;
    remaining -= span;
  }
  return nodes;
}

/** Avoids leaving 1 or 2 people over at the end, which would force a team smaller than three. */
function fitSpan(wanted: number, remaining: number): number {
  const span = Math.max(1, Math.min(wanted, remaining));
  const leftover = remaining - span;
  if (leftover === 0 || leftover >= minSpan) return span;
  return span + leftover <= maxSpan ? span + leftover : span - (minSpan - leftover);
}

/** Builds the whole organisation in memory; pure apart from the generated UUIDs. */
export function buildSyntheticPlan(options: SyntheticOptions): OrganizationPlan {
  const size = options.people;
  const slug = options.slug ?? `synthetic-${size}`;
  const random = new SeededRandom(options.seed ?? 20_261_101);
  const foundedOn = options.foundedOn ?? '2018-11-05';
  const asOf = options.asOf ?? '2026-10-30';
  const tree = growReportingTree(size, random);
  const layers = layersOfManagement(tree);
  const hireDates = hireDatesOldestFirst(size, foundedOn, asOf, random);
  const departmentOrder = shuffled(Object.keys(departmentProfiles) as DepartmentKey[], random);
  const emails = new EmailAllocator(`${slug}.test`);

  const people: PlannedPerson[] = [];
  const departmentOf: (DepartmentKey | null)[] = [];
  const locationOf: OfficeLocation[] = [];
  let vpCount = 0;
  for (let index = 0; index < tree.length; index++) {
    const node = tree[index]!;
    const parent = node.parent >= 0 ? people[node.parent]! : null;
    const department =
      node.depth === 0
        ? null
        : node.depth === 1
          ? departmentOrder[vpCount++ % departmentOrder.length]!
          : departmentOf[node.parent]!;
    departmentOf.push(department);
    // Teams cluster in their manager's office, with some people elsewhere.
    const location = parent && random.chance(0.6) ? locationOf[node.parent]! : random.pick(officeLocations);
    locationOf.push(location);
    const level = levelFor(node, layers[index]!, random);
    const profile = department ? departmentProfiles[department] : null;
    const name = randomName(random);
    const hireDate = hireDates[index]!;
    const leaves = node.reports === 0 && node.depth > 0;
    const status = leaves ? random.weighted(statusWeights) : 'active';
    people.push({
      id: randomUUID(),
      employeeId: `E${String(index + 1).padStart(6, '0')}`,
      email: emails.next(name),
      ...name,
      jobTitle: profile
        ? titleFor(profile, level as IndividualLevel | ManagerLevel)
        : executiveOffice.ceoTitle,
      level,
      department: profile?.name ?? executiveOffice.name,
      location: location.location,
      timezone: location.timezone,
      hireDate,
      status,
      terminatedOn: status === 'terminated' ? terminationDate(hireDate, asOf, random) : null,
      managerId: parent?.id ?? null,
    });
  }

  const departmentNames = [
    executiveOffice.name,
    ...departmentOrder.slice(0, vpCount).map((key) => departmentProfiles[key].name),
  ];
  return {
    slug,
    name: options.name ?? `Synthetic organisation (${size.toLocaleString('en')} people)`,
    departments: [...new Set(departmentNames)],
    levels: levelLadder,
    jobTitles: jobTitlesOf(people),
    people,
    reportingLines: people.map(openLineFor),
    accounts: options.accounts
      ? people.map((person) => ({
          personId: person.id,
          email: person.email,
          passwordHash: null,
          roles: [],
          disabledAt: person.status === 'terminated' ? new Date(`${person.terminatedOn}T18:00:00Z`) : null,
        }))
      : [],
  };
}

const statusWeights = [
  ['active', 975],
  ['on_leave', 10],
  ['terminated', 15],
] as const;

/**
 * Executives by position, managers by how many layers of management they lead (a manager of
 * individual contributors is M1, a manager of managers M2, above that M3), everyone else on the
 * individual-contributor ladder.
 */
function levelFor(node: TreeNode, layersBelow: number, random: SeededRandom) {
  if (node.depth === 0) return 'E2' as const;
  if (node.depth === 1) return 'E1' as const;
  if (layersBelow === 0) return random.weighted(individualLevelWeights);
  return layersBelow === 1 ? ('M1' as const) : layersBelow === 2 ? ('M2' as const) : ('M3' as const);
}

/** Management layers under each person: 0 for individual contributors. Children follow parents in the tree. */
function layersOfManagement(tree: readonly TreeNode[]): number[] {
  const layers = tree.map(() => 0);
  for (let index = tree.length - 1; index > 0; index--) {
    const parent = tree[index]!.parent;
    layers[parent] = Math.max(layers[parent]!, layers[index]! + 1);
  }
  return layers;
}

/**
 * Hire dates skewed towards recent years (the company grew), sorted oldest first and handed out in
 * breadth-first order, so every manager was hired no later than their reports and the first
 * reporting line of each person starts on a day their manager was already there.
 */
function hireDatesOldestFirst(count: number, from: string, to: string, random: SeededRandom): string[] {
  const span = daysBetween(from, to);
  const offsets: number[] = [0];
  for (let i = 1; i < count; i++) offsets.push(Math.floor(span * random.next() ** 0.7));
  offsets.sort((a, b) => a - b);
  return offsets.map((offset) => addDays(from, offset));
}

function terminationDate(hireDate: string, asOf: string, random: SeededRandom): string {
  const earliest = addDays(hireDate, 30);
  if (earliest >= asOf) return asOf;
  return addDays(earliest, random.int(0, daysBetween(earliest, asOf)));
}

function shuffled<T>(items: readonly T[], random: SeededRandom): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export interface SeedResult {
  organizationId: string;
  count: number;
  ms: number;
}

export class OrganizationExistsError extends Error {
  constructor(readonly slug: string) {
    super(`An organisation with the slug "${slug}" already exists. Choose another with --slug.`);
  }
}

/** Generates and stores a synthetic organisation of `options.people` people in one transaction. */
export async function seedSyntheticOrganization(db: Db, options: SyntheticOptions): Promise<SeedResult> {
  const started = performance.now();
  const plan = buildSyntheticPlan(options);
  const [existing] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, plan.slug));
  if (existing) throw new OrganizationExistsError(plan.slug);
  const { organizationId } = await writeOrganizationPlan(db, plan);
  return { organizationId, count: plan.people.length, ms: Math.round(performance.now() - started) };
}
