import { and, eq } from 'drizzle-orm';
import { people } from '../../../org/tables';
import type { ExportContext, PersonalDataExporter } from '../../../platform/export/types';
import { compCycleParticipants, compCycles } from '../cycles/tables';
import { proposalAccess } from './access';
import { NO_ABILITIES, presentProposal } from './present';
import { compProposals } from './tables';

/**
 * Pay proposals about the person (issue 12). The person sees none in the app (their outcome
 * reaches them at release, a later part), so their own export holds none; HR's export on request
 * lists those HR may read, apart, for review — decided by the proposal guard's policy, as in the app.
 */
export const compProposalsExporter: PersonalDataExporter = {
  kind: 'comp_proposals',
  async collect({ db, subject, reviewer }: ExportContext) {
    if (!reviewer || !subject.personId) return { visible: [] };
    const rows = await db
      .select({
        participant: compCycleParticipants,
        givenName: people.givenName,
        familyName: people.familyName,
        cycle: compCycles,
        proposal: compProposals,
      })
      .from(compProposals)
      .innerJoin(compCycleParticipants, eq(compCycleParticipants.id, compProposals.participantId))
      .innerJoin(people, eq(people.id, compCycleParticipants.personId))
      .innerJoin(compCycles, eq(compCycles.id, compProposals.cycleId))
      .where(
        and(
          eq(compProposals.organizationId, subject.organizationId),
          eq(compCycleParticipants.personId, subject.personId),
        ),
      );
    const records = [];
    for (const row of rows) {
      const { policy } = await proposalAccess.policyFor(db, reviewer, row);
      if (policy.read) records.push({ cycleName: row.cycle.name, ...presentProposal(row, NO_ABILITIES) });
    }
    // An empty HR file is left out, as the other domains leave theirs.
    if (records.length === 0) return { visible: [] };
    return {
      visible: [],
      forHrReview: [
        { name: 'compensation-proposals.json', title: 'Pay proposals', dataClass: 'compensation', records },
      ],
    };
  },
};
