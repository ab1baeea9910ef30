import { demoAccounts } from '../../org/seed/demoRoster';
import type { Db } from '../../platform/db/client';
import { type DemoContext, demoStaff, insertInChunks, workFamily } from '../../seed/demoContext';
import { aspirations } from './tables';

type Item = Pick<
  typeof aspirations.$inferInsert,
  'kind' | 'horizon' | 'aspirationText' | 'sharedWithManager'
>;

/** The demo employee's own words: some shared with their manager, some kept private. */
const employeeItems: Item[] = [
  {
    kind: 'target_role',
    horizon: 'two_three_years',
    aspirationText: 'Tech lead for a product team, still writing code most days',
    sharedWithManager: true,
  },
  {
    kind: 'skill',
    horizon: 'one_year',
    aspirationText: 'Designing systems that other teams build on: APIs, contracts, versioning',
    sharedWithManager: true,
  },
  {
    kind: 'motivator',
    horizon: null,
    aspirationText: 'Seeing people use something I built, soon after I built it',
    sharedWithManager: true,
  },
  {
    kind: 'value',
    horizon: null,
    aspirationText: 'Time to do things properly; I would rather ship less and stand behind it',
    sharedWithManager: false,
  },
  {
    kind: 'mobility',
    horizon: 'long_term',
    aspirationText: 'Would consider a year in the Berlin office once my partner finishes their studies',
    sharedWithManager: false,
  },
];

/**
 * A few of the demo manager's engineers with one or two items each, so managers see more than one
 * person's sharing. Engineers' words (reliability rotations, incident command), so only engineers
 * get them (seed/demoContext.ts).
 */
const otherItems: Item[][] = [
  [
    {
      kind: 'target_role',
      horizon: 'one_year',
      aspirationText: 'Move into the platform reliability rotation',
      sharedWithManager: true,
    },
    {
      kind: 'skill',
      horizon: 'one_year',
      aspirationText: 'Incident command and calm post-mortems',
      sharedWithManager: false,
    },
  ],
  [
    {
      kind: 'motivator',
      horizon: null,
      aspirationText: 'Mentoring the newest people on the team',
      sharedWithManager: true,
    },
  ],
  [
    {
      kind: 'target_role',
      horizon: 'long_term',
      aspirationText: 'Product management, eventually',
      sharedWithManager: false,
    },
  ],
];

export async function seedDemoAspirations(tx: Db, context: DemoContext): Promise<void> {
  const staff = await demoStaff(tx, context.organizationId);
  const employee = staff.find((p) => p.email === demoAccounts.employee);
  const manager = staff.find((p) => p.email === demoAccounts.manager);
  if (!employee || !manager) return;
  const teammates = staff.filter(
    (p) =>
      p.managerId === manager.id && p.id !== employee.id && workFamily(p.departmentName) === 'engineering',
  );
  const rows = [
    ...employeeItems.map((item) => ({ ...item, ownerId: employee.id })),
    ...otherItems.flatMap((items, index) => {
      const owner = teammates[index];
      return owner ? items.map((item) => ({ ...item, ownerId: owner.id })) : [];
    }),
  ];
  const sharedAt = new Date(`${context.today}T09:00:00Z`);
  sharedAt.setUTCDate(sharedAt.getUTCDate() - 120);
  await insertInChunks(rows, (chunk) =>
    tx.insert(aspirations).values(
      chunk.map((row) => ({
        ...row,
        organizationId: context.organizationId,
        sharedAt: row.sharedWithManager ? sharedAt : null,
        createdAt: sharedAt,
        updatedAt: sharedAt,
      })),
    ),
  );
}
