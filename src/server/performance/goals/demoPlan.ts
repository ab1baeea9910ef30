import { randomUUID } from 'node:crypto';
import { addDays, SeededRandom } from '../../org/seed/random';
import { workFamily } from '../../seed/demoContext';
import { goalProgress } from './commands/goalRules';
import { companyGoalOfFamily, departmentKeyResults, type KrIdea, personalGoalIdeas } from './demoGoalIdeas';
import type { CheckInStatus, KeyResultKind } from './tables';

/** What the demo seed knows about each person of the demo organisation. */
export interface DemoPerson {
  id: string;
  email: string;
  departmentId: string | null;
  managerId: string | null;
}
export interface DemoDepartment {
  id: string;
  name: string;
}

interface PlannedKeyResult {
  id: string;
  goalId: string;
  position: number;
  title: string;
  kind: KeyResultKind;
  currency: string | null;
  startValue: number;
  targetValue: number;
  currentValue: number;
}
export interface PlannedGoal {
  id: string;
  level: 'company' | 'department' | 'personal';
  ownerPersonId: string | null;
  ownerDepartmentId: string | null;
  parentId: string | null;
  title: string;
  description: string;
  periodStart: string;
  periodEnd: string;
  visibility: 'public' | 'private';
  health: CheckInStatus | null;
  progress: number;
  lastCheckInAt: Date | null;
  createdByPersonId: string | null;
  version: number;
}
export interface PlannedCheckIn {
  goalId: string;
  authorPersonId: string | null;
  status: CheckInStatus;
  comment: string;
  progress: number;
  values: { keyResultId: string; value: number }[];
  checkedInAt: Date;
}

const companyIdeas: { title: string; description: string; krs: KrIdea[] }[] = [
  {
    title: 'Grow recurring revenue with healthy margins',
    description: 'Expand in our two core markets without buying growth at any price.',
    krs: [
      ['Annual recurring revenue', 'currency', 18_000_000, 24_000_000, 'EUR'],
      ['Gross margin', 'percent', 68, 74],
    ],
  },
  {
    title: 'Make customers successful from week one',
    description: 'Shorten time-to-value and keep the customers we win.',
    krs: [
      ['Median onboarding time (days)', 'number', 21, 10],
      ['Net revenue retention', 'percent', 104, 112],
    ],
  },
  {
    title: 'Build a place where people do their best work',
    description: 'Clear goals, fair reviews and room to grow for everyone.',
    krs: [
      ['Engagement score', 'number', 71, 78],
      ['New career framework published', 'milestone', 0, 1],
    ],
  },
];

const comments: Record<CheckInStatus, string[]> = {
  on_track: [
    'Good week, steady progress.',
    'Moving as planned.',
    'Ahead of the plan on the main result.',
    'Unblocked the last open question.',
  ],
  at_risk: [
    'Slower than planned; waiting on another team.',
    'Two people out this week, catching up next.',
    'Scope grew; discussing trade-offs.',
  ],
  off_track: [
    'Blocked by a dependency; escalated.',
    'Reprioritised to an urgent incident.',
    'We need to rethink the approach.',
  ],
};

const WEEKS = 13;

/**
 * The demo's goals, key results and a quarter of weekly check-ins. Pure and seeded: the same people
 * and `today` give the same records (apart from generated ids).
 */
export function planDemoGoals(input: {
  today: string;
  people: DemoPerson[];
  departments: DemoDepartment[];
  personaIds: { employee?: string; manager?: string; hr?: string };
}) {
  const random = new SeededRandom(3_1);
  const { today } = input;
  const year = today.slice(0, 4);
  const quarterStart = addDays(today, -7 * WEEKS);
  const quarterEnd = addDays(today, 4 * 7);
  const goals: PlannedGoal[] = [];
  const results: PlannedKeyResult[] = [];
  const checkIns: PlannedCheckIn[] = [];

  const addGoal = (
    goal: Omit<PlannedGoal, 'id' | 'health' | 'progress' | 'lastCheckInAt' | 'version' | 'description'> & {
      description?: string;
    },
    krs: readonly KrIdea[],
    author: string | null,
  ) => {
    const id = randomUUID();
    const planned = krs.map(([title, kind, start, target, currency], position) => ({
      id: randomUUID(),
      goalId: id,
      position,
      title,
      kind,
      currency: currency ?? null,
      startValue: start,
      targetValue: target,
      currentValue: start,
    }));
    // Each goal has a pace (how much of the way it gets by today) and a bumpiness.
    const pace = 0.35 + random.next() * 0.75;
    let health: CheckInStatus | null = null;
    let lastCheckInAt: Date | null = null;
    let version = 1;
    for (let week = 1; week <= WEEKS; week++) {
      if (random.chance(0.12)) continue; // people skip a week now and then
      const share = Math.min(1, pace * (week / WEEKS) + (random.next() - 0.5) * 0.08);
      const values = planned.map((kr) => {
        const binary = kr.kind === 'boolean' || kr.kind === 'milestone';
        const raw = kr.startValue + (kr.targetValue - kr.startValue) * Math.max(0, share);
        const value = binary ? (share > 0.85 ? 1 : 0) : Math.round(raw * 10) / 10;
        kr.currentValue = value;
        return { keyResultId: kr.id, value };
      });
      const progress = goalProgress(planned);
      const expected = (week / WEEKS) * 100 * 0.9;
      const status: CheckInStatus =
        progress >= expected * 0.85 ? 'on_track' : progress >= expected * 0.55 ? 'at_risk' : 'off_track';
      const at = new Date(`${addDays(today, -7 * (WEEKS - week))}T09:30:00Z`);
      checkIns.push({
        goalId: id,
        authorPersonId: author,
        status,
        comment: random.pick(comments[status]),
        progress,
        values,
        checkedInAt: at,
      });
      health = status;
      lastCheckInAt = at;
      version++;
    }
    results.push(...planned);
    goals.push({
      description: '',
      ...goal,
      id,
      health,
      progress: goalProgress(planned),
      lastCheckInAt,
      version,
    });
    return id;
  };

  const hr = input.personaIds.hr ?? null;
  const companyGoalIds = companyIdeas.map((idea) =>
    addGoal(
      {
        level: 'company',
        ownerPersonId: null,
        ownerDepartmentId: null,
        parentId: null,
        title: idea.title,
        description: idea.description,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        visibility: 'public',
        createdByPersonId: hr,
      },
      idea.krs,
      hr,
    ),
  );

  // The department's most senior manager (the one with the most reports) checks in for it.
  const reportCount = new Map<string, number>();
  for (const person of input.people) {
    if (person.managerId) reportCount.set(person.managerId, (reportCount.get(person.managerId) ?? 0) + 1);
  }
  const departmentGoalIds = new Map<string, string>();
  const departmentNames = new Map(input.departments.map((department) => [department.id, department.name]));
  const familyOf = (departmentId: string | null) =>
    workFamily(departmentId ? departmentNames.get(departmentId) : null);
  for (const department of input.departments) {
    const family = familyOf(department.id);
    const lead = input.people
      .filter((person) => person.departmentId === department.id && reportCount.has(person.id))
      .sort((a, b) => (reportCount.get(b.id) ?? 0) - (reportCount.get(a.id) ?? 0))[0];
    const goalId = addGoal(
      {
        level: 'department',
        ownerPersonId: null,
        ownerDepartmentId: department.id,
        parentId: companyGoalIds[companyGoalOfFamily[family] % companyGoalIds.length]!,
        title: `${department.name}: deliver our part of this quarter’s plan`,
        periodStart: quarterStart,
        periodEnd: quarterEnd,
        visibility: 'public',
        createdByPersonId: lead?.id ?? hr,
      },
      departmentKeyResults[family],
      lead?.id ?? hr,
    );
    departmentGoalIds.set(department.id, goalId);
  }

  // Personal goals from the owner's own field: the demo personas always, and about two thirds of
  // everyone else.
  const { employee, manager } = input.personaIds;
  for (const person of input.people) {
    const isPersona = person.id === employee || person.id === manager;
    if (!isPersona && !random.chance(0.65)) continue;
    const count = person.id === employee ? 3 : isPersona ? 2 : 1;
    const ideas = personalGoalIdeas[familyOf(person.departmentId)];
    for (let n = 0; n < count; n++) {
      const idea = ideas[(random.int(0, ideas.length - 1) + n) % ideas.length]!;
      addGoal(
        {
          level: 'personal',
          ownerPersonId: person.id,
          ownerDepartmentId: null,
          parentId: (person.departmentId && departmentGoalIds.get(person.departmentId)) || null,
          title: idea.title,
          periodStart: quarterStart,
          periodEnd: quarterEnd,
          // One of the employee's goals is private: only they, their managers and HR see it.
          visibility: person.id === employee && n === 2 ? 'private' : 'public',
          createdByPersonId: person.id,
        },
        idea.krs,
        person.id,
      );
    }
  }
  return { goals, results, checkIns };
}
