import { isDeepStrictEqual } from 'node:util';
import { reasonVisibility } from './policy';
import type { PlanParts, PlanRow } from './queries';
import type { PipSection, PipVisibility } from './tables';

/**
 * A plan cut into the sections its readers are told apart by, each with its visibility and its
 * content as the reader would see it. Revisions keep a per-section diff of these, so a reader is
 * shown the change of exactly the sections they may read.
 */
export type PlanSnapshot = Record<PipSection, { visibility: PipVisibility; content: unknown }>;

export function snapshotOf(plan: PlanRow, parts: Pick<PlanParts, 'expectations' | 'supports' | 'checkIns'>) {
  const snapshot: PlanSnapshot = {
    reason: { visibility: reasonVisibility(plan), content: plan.reason },
    // Start and end are the frame of the plan: whoever reads any of it reads them.
    dates: { visibility: 'employee', content: { startDate: plan.startDate, endDate: plan.endDate } },
    expectations: {
      visibility: plan.expectationsVisibility,
      content: parts.expectations.map((e) => ({
        statement: e.statement,
        measure: e.measure,
        evidence: e.evidence,
        dueOn: e.dueOn,
      })),
    },
    support: {
      visibility: plan.supportVisibility,
      content: parts.supports.map((s) => ({
        kind: s.kind,
        description: s.description,
        catalogueItemId: s.learningItemId,
      })),
    },
    checkInSchedule: {
      visibility: plan.checkInsVisibility,
      content: {
        kind: plan.checkInSchedule,
        // Weekly and biweekly days follow from the dates; explicit days are the schedule itself.
        dates: plan.checkInSchedule === 'dates' ? parts.checkIns.map((c) => c.scheduledOn).sort() : [],
      },
    },
  };
  return snapshot;
}

export interface SectionChange {
  section: PipSection;
  beforeVisibility: PipVisibility;
  afterVisibility: PipVisibility;
  before: unknown;
  after: unknown;
}

/** The sections whose content or visibility differ between two snapshots. */
export function diffSnapshots(before: PlanSnapshot, after: PlanSnapshot): SectionChange[] {
  return (Object.keys(after) as PipSection[]).flatMap((section) => {
    const from = before[section];
    const to = after[section];
    if (from.visibility === to.visibility && isDeepStrictEqual(from.content, to.content)) return [];
    return [
      {
        section,
        beforeVisibility: from.visibility,
        afterVisibility: to.visibility,
        before: from.content,
        after: to.content,
      },
    ];
  });
}
