import { and, eq } from 'drizzle-orm';
import { demoAccounts } from '../../org/seed/demoRoster';
import { levels } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import { type DemoContext, demoStaff } from '../../seed/demoContext';
import { type DemoCompetencyKey, demoCompetencies, demoTracks } from './demoLibrary';
import {
  careerLevelExpectations,
  careerLevels,
  careerPositions,
  careerTracks,
  competencies,
  competencyAssessments,
} from './tables';

/** The demo employee's self-assessments (level, evidence, shared with the manager?). */
const selfAssessments: [DemoCompetencyKey, number, string, boolean][] = [
  ['craft', 3, 'Led the move of the payments service to the new queue with no downtime.', true],
  ['problems', 2, 'Broke the flaky-test problem into three causes and fixed two of them.', true],
  ['delivery', 2, 'Shipped the invoice export on the date we agreed in planning.', true],
  ['communication', 2, 'My design notes are read beyond the team now.', false],
  ['collaboration', 3, 'Paired with the data team for a month on the event schema.', true],
  ['growing', 1, 'I answer questions but have not mentored anyone yet.', false],
  ['customer', 1, 'I rarely hear from customers directly; I would like to change that.', true],
  ['strategy', 1, 'Still learning how our roadmap is decided.', false],
];

/** The manager's developmental view: where they see strengths and what to grow next. */
const managerAssessments: [DemoCompetencyKey, number, string][] = [
  ['craft', 3, 'Code reviews are thorough and kind; the queue migration was exemplary.'],
  ['delivery', 2, 'Reliable on features; next step is leading a piece of work with two or three people.'],
  ['communication', 3, 'Writing is a real strength; the design notes are a model for the team.'],
  ['growing', 1, 'Ready to mentor the next new joiner, which would help with the senior step.'],
  ['customer', 2, 'Asks good questions about users; joining support rotations would deepen it.'],
];

/**
 * The demo's career framework: eight competencies, an individual-contributor and a management
 * track tied to the directory's levels (so everyone gets a derived position), and the demo employee
 * placed by their manager on the IC track with self and manager assessments.
 */
export async function seedDemoPaths(tx: Db, context: DemoContext): Promise<void> {
  const { organizationId } = context;
  const inserted = await tx
    .insert(competencies)
    .values(
      demoCompetencies.map((c) => ({
        organizationId,
        name: c.name,
        description: c.description,
        category: c.category,
        behaviours: [...c.behaviours],
      })),
    )
    .returning({ id: competencies.id, name: competencies.name });
  const idOf = (key: DemoCompetencyKey) =>
    inserted.find((row) => row.name === demoCompetencies.find((c) => c.key === key)!.name)!.id;

  const directoryLevels = await tx.select().from(levels).where(eq(levels.organizationId, organizationId));
  const levelIdsByCode = new Map<string, string>();
  for (const track of demoTracks) {
    const [trackRow] = await tx
      .insert(careerTracks)
      .values({ organizationId, name: track.name, description: track.description })
      .returning({ id: careerTracks.id });
    for (const [position, level] of track.levels.entries()) {
      const [levelRow] = await tx
        .insert(careerLevels)
        .values({
          organizationId,
          trackId: trackRow!.id,
          position,
          name: level.name,
          summary: level.summary,
          orgLevelId: directoryLevels.find((d) => d.code === level.code)?.id ?? null,
        })
        .returning({ id: careerLevels.id });
      levelIdsByCode.set(level.code, levelRow!.id);
      await tx.insert(careerLevelExpectations).values(
        Object.entries(level.expect).map(([key, expectedLevel]) => ({
          levelId: levelRow!.id,
          competencyId: idOf(key as DemoCompetencyKey),
          expectedLevel,
        })),
      );
    }
  }

  const staff = await demoStaff(tx, organizationId);
  const employee = staff.find((p) => p.email === demoAccounts.employee);
  const manager = staff.find((p) => p.email === demoAccounts.manager);
  if (!employee || !manager) return;
  const [icTrack] = await tx
    .select({ id: careerTracks.id })
    .from(careerTracks)
    .where(and(eq(careerTracks.organizationId, organizationId), eq(careerTracks.name, demoTracks[0]!.name)));
  await tx.insert(careerPositions).values({
    personId: employee.id,
    organizationId,
    trackId: icTrack!.id,
    levelId: levelIdsByCode.get('IC2')!,
    setByPersonId: manager.id,
  });
  await tx.insert(competencyAssessments).values([
    ...selfAssessments.map(([key, assessedLevel, evidence, sharedWithManager]) => ({
      organizationId,
      personId: employee.id,
      competencyId: idOf(key),
      author: 'self' as const,
      authorPersonId: employee.id,
      assessedLevel,
      evidence,
      sharedWithManager,
    })),
    ...managerAssessments.map(([key, assessedLevel, evidence]) => ({
      organizationId,
      personId: employee.id,
      competencyId: idOf(key),
      author: 'manager' as const,
      authorPersonId: manager.id,
      assessedLevel,
      evidence,
    })),
  ]);
}
