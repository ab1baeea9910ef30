import type { Actor } from '../../platform/auth/actor';
import { actorToday } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import type { ExportContext, PersonalDataExporter } from '../../platform/export/types';
import { planAccess } from './access';
import { presentPlan, presentResponse, presentRevisions } from './present';
import { listResponses, listRevisions, planIdsAbout, planParts } from './queries';

/** One plan as this reader sees it, with its whole history and the responses, without abilities. */
async function planFor(db: Db, reader: Actor, planId: string, resource?: string) {
  const { row, policy } = await planAccess.readFor(db, reader, planId, resource ? { resource } : {});
  const {
    abilities: _a,
    version: _v,
    ...plan
  } = await presentPlan(db, row, await planParts(db, row.id), policy, await actorToday(db, reader));
  const revisions = await presentRevisions(
    db,
    row.organizationId,
    policy.audience!,
    await listRevisions(db, row.id, { limit: 10_000 }),
  );
  const responses = (await listResponses(db, row.id, { limit: 10_000 })).rows.map(presentResponse);
  return { ...plan, revisions, responses };
}

/**
 * Improvement plans about the person, as they read them: published plans only, without the parts
 * kept from them (HR-only or manager-only sections, the reason unless HR showed it). For HR's export
 * on request, the plans as HR reads them go apart — drafts and the parts hidden from the person
 * included — for HR to review before anything is handed over.
 */
export const improvementPlansExporter: PersonalDataExporter = {
  kind: 'improvement plans',
  async collect({ db, subject, reviewer }: ExportContext) {
    const plans = await planIdsAbout(db, subject.organizationId, subject.personId ?? '');
    const visible = [];
    for (const plan of plans)
      if (plan.publishedAt !== null) visible.push(await planFor(db, subject, plan.id));
    const forHr = [];
    if (reviewer)
      for (const plan of plans)
        forHr.push(await planFor(db, reviewer, plan.id, 'improvement plan for HR review of a data export'));
    return {
      visible: [
        {
          name: 'improvement-plans.json',
          title: 'Improvement plans',
          dataClass: 'performance',
          records: visible,
        },
      ],
      // Listed only when there is something to review, so an export without plans has no empty file.
      forHrReview:
        forHr.length > 0
          ? [
              {
                name: 'improvement-plans-hr-view.json',
                title: 'Improvement plans as HR reads them (with the parts not shown to the person)',
                dataClass: 'performance',
                records: forHr,
              },
            ]
          : [],
    };
  },
};
