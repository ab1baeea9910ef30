import { z } from 'zod';
import { uuidParam } from '../../../../contracts/common';
import { isCompensationError, promotionGuideline } from '../../../../contracts/compensation';
import { bandPage } from '../../../../contracts/compensation/payData';
import {
  adjustProposalRequest,
  approveProposalsRequest,
  approveProposalsResponse,
  compBudgetView,
  compPlanningBandQuery,
  compPlanningList,
  compProposal,
  compProposalGuideline,
  compProposalGuidelineQuery,
  compProposalHistory,
  compProposalListQuery,
  compProposalPage,
  compProposalSaved,
  saveProposalRequest,
  sendBackProposalRequest,
  submitProposalsRequest,
  submitProposalsResponse,
} from '../../../../contracts/compensation/proposals';
import { issue } from '../../../../contracts/issues';
import type { Actor } from '../../../platform/auth/actor';
import { validationFailed } from '../../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../../platform/http/types';
import { presentBand } from '../payData/present';
import { listBands } from '../payData/queries';
import { PROPOSAL_HISTORY_RESOURCE, proposalAccess, proposalListAccess } from './access';
import { budgetViewFor } from './budgetView';
import { adjustProposal } from './commands/adjustProposal';
import { approveProposals } from './commands/approveProposals';
import { saveProposal } from './commands/saveProposal';
import { sendBackProposal } from './commands/sendBackProposal';
import { submitProposals } from './commands/submitProposals';
import { type EvaluatedProposal, meritGuidelineOf } from './evaluate';
import { proposalHistory } from './events';
import { proposalGridPage } from './grid';
import { decidesFinally, planningStatesFor, proposalReach } from './policy';
import { presentProposal, snapshotOf } from './present';
import {
  findBand,
  listPlanningCycles,
  type PlannedParticipant,
  promotionMinIncreaseOf,
  waitingCounts,
} from './queries';

const tags = ['compensation'];
const cycles = '/api/performance/compensation/cycles';
const base = '/api/performance/compensation/proposals';
const planning = '/api/performance/compensation/planning';
const cycleParams = z.object({ cycleId: uuidParam });
const participantParams = z.object({ participantId: uuidParam });

/**
 * Pay proposals and budgets (issue 12 items 4–5): a manager plans for their snapshot subtree while
 * the cycle plans, HR for everyone; the employee sees nothing.
 */
export const compProposalRoutes: RouteModule = (app, { database }) => {
  const { db } = database;

  /** A saved or adjusted proposal as the caller now may act on it, with what the core found. */
  const presentChanged = async (
    actor: Actor,
    { planned, evaluated }: { planned: PlannedParticipant; evaluated: EvaluatedProposal },
  ) => {
    const { policy } = await proposalAccess.policyFor(db, actor, planned);
    return { ...presentProposal(planned, policy), issues: evaluated.issues };
  };

  app.get(
    planning,
    {
      schema: {
        tags,
        summary:
          'The cycles whose planning grid the caller may open: planning cycles in which they managed someone at launch (HR: every launched cycle); an empty list for anyone else',
        response: { 200: compPlanningList },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const states = planningStatesFor(actor);
      // HR reaches everyone in every launched state; a manager only their subtree, so the list asks for one.
      const everyone = states.every((state) => proposalReach(actor, state) === 'all');
      const rows = await listPlanningCycles(db, {
        organizationId: actor.organizationId,
        personId: actor.personId,
        states,
        everyone,
      });
      const waiting = await waitingCounts(db, {
        cycleIds: rows.map((row) => row.id),
        viewerPersonId: actor.personId,
        finalDecider: decidesFinally(actor),
      });
      const items = rows.flatMap((row) => {
        const reach = proposalReach(actor, row.state);
        return reach === 'none' ? [] : [{ ...row, reach, waitingForYou: waiting.get(row.id) ?? 0 }];
      });
      return { items };
    },
  );

  app.get(
    `${cycles}/:cycleId/proposals`,
    {
      schema: {
        tags,
        summary:
          "The planning grid: the caller's participants (snapshot subtree, or all for the approval team and HR) with their proposals, by name; `awaiting=mine` is the approver's queue; each listed person's access log records the read",
        params: cycleParams,
        querystring: compProposalListQuery,
        response: { 200: compProposalPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const access = await proposalListAccess(db, actor, request.params.cycleId);
      return proposalGridPage(db, actor, access, request.query);
    },
  );

  app.post(
    `${cycles}/:cycleId/proposals/submit`,
    {
      schema: {
        tags,
        summary:
          'Submit proposals into the budget, all or nothing; over budget warns or (organisation setting) refuses',
        params: cycleParams,
        body: submitProposalsRequest,
        response: { 200: submitProposalsResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return submitProposals(db, { actor, cycleId: request.params.cycleId, items: request.body.items });
    },
  );

  app.post(
    `${cycles}/:cycleId/proposals/approve`,
    {
      schema: {
        tags,
        summary:
          'Approve submitted proposals, all or nothing: a chain approver passes each to the next approver, the approval team or HR approves for good',
        params: cycleParams,
        body: approveProposalsRequest,
        response: { 200: approveProposalsResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return approveProposals(db, { actor, cycleId: request.params.cycleId, items: request.body.items });
    },
  );

  app.get(
    `${cycles}/:cycleId/budgets`,
    {
      schema: {
        tags,
        summary:
          "Budgets per pool: the caller's own and subtree budget, spend and remainder, then each manager below (HR: all), in the planning currency",
        params: cycleParams,
        response: { 200: compBudgetView },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { cycle, reach } = await proposalListAccess(db, actor, request.params.cycleId);
      return budgetViewFor(db, actor, cycle, reach);
    },
  );

  app.get(
    `${cycles}/:cycleId/bands`,
    {
      schema: {
        tags,
        summary:
          "The salary bands a promotion in this cycle may go to, as in effect on its effective date, for whoever plans in it (the promotion's band and level)",
        params: cycleParams,
        querystring: compPlanningBandQuery,
        response: { 200: bandPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      // Whoever may open the grid proposes promotions in it, so needs the bands to promote into;
      // a band is a range for a job, nobody's pay, and reading it lands on no access log.
      const { cycle } = await proposalListAccess(db, actor, request.params.cycleId);
      const { rows, nextCursor } = await listBands(db, {
        organizationId: actor.organizationId,
        view: 'current',
        asOf: cycle.effectiveDate,
        ...request.query,
      });
      return { items: rows.map(presentBand), nextCursor, asOf: cycle.effectiveDate };
    },
  );

  app.get(
    `${base}/:participantId`,
    {
      schema: {
        tags,
        summary: "A participant's snapshot and proposal (logged for the person)",
        params: participantParams,
        response: { 200: compProposal },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row, policy } = await proposalAccess.readFor(db, actor, request.params.participantId);
      return presentProposal(row, policy);
    },
  );

  app.put(
    `${base}/:participantId`,
    {
      schema: {
        tags,
        summary:
          "Save a participant's proposal as a draft (version 0 for a new one); checked against the guidelines, band placement flagged",
        params: participantParams,
        body: saveProposalRequest,
        response: { 200: compProposalSaved },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const saved = await saveProposal(db, {
        actor,
        participantId: request.params.participantId,
        input: request.body,
      });
      return presentChanged(actor, saved);
    },
  );

  app.post(
    `${base}/:participantId/adjust`,
    {
      schema: {
        tags,
        summary:
          'An approver changes a submitted proposal, with a note for the approvers after them; it stays submitted at the same step',
        params: participantParams,
        body: adjustProposalRequest,
        response: { 200: compProposalSaved },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const adjusted = await adjustProposal(db, {
        actor,
        participantId: request.params.participantId,
        input: request.body,
      });
      return presentChanged(actor, adjusted);
    },
  );

  app.post(
    `${base}/:participantId/send-back`,
    {
      schema: {
        tags,
        summary: 'Send a submitted proposal back to its planners with a reason',
        params: participantParams,
        body: sendBackProposalRequest,
        response: { 200: compProposal },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const planned = await sendBackProposal(db, {
        actor,
        participantId: request.params.participantId,
        ...request.body,
      });
      const { policy } = await proposalAccess.policyFor(db, actor, planned);
      return presentProposal(planned, policy);
    },
  );

  app.get(
    `${base}/:participantId/history`,
    {
      schema: {
        tags,
        summary:
          "A proposal's approval history: submissions, adjustments with notes, approvals, send-backs with reasons (logged for the person)",
        params: participantParams,
        response: { 200: compProposalHistory },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row } = await proposalAccess.readFor(db, actor, request.params.participantId, {
        resource: PROPOSAL_HISTORY_RESOURCE,
      });
      return { items: row.proposal ? await proposalHistory(db, row.proposal.id) : [] };
    },
  );

  app.get(
    `${base}/:participantId/guideline`,
    {
      schema: {
        tags,
        summary:
          "A participant's merit guideline (prorated cell) and, with newBandId, a promotion's least new base",
        params: participantParams,
        querystring: compProposalGuidelineQuery,
        response: { 200: compProposalGuideline },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row } = await proposalAccess.readFor(db, actor, request.params.participantId);
      const snapshot = snapshotOf(row.participant);
      const { newBandId } = request.query;
      let promotion = null;
      if (newBandId && snapshot.baseMinor !== null && snapshot.currency !== null) {
        const band = await findBand(db, actor.organizationId, newBandId);
        if (!band) throw validationFailed({ newBandId: issue('compProposalBandForeign') });
        const minIncreasePct = await promotionMinIncreaseOf(db, actor.organizationId);
        try {
          promotion = promotionGuideline({
            currentBaseMinor: snapshot.baseMinor,
            currentCurrency: snapshot.currency,
            newBand: band,
            minIncreasePct,
            fx: row.cycle.fxTable,
          });
        } catch (error) {
          // A band in a currency the frozen rates do not cover: the caller's input, not a 500.
          if (!isCompensationError(error)) throw error;
          throw validationFailed({ newBandId: { code: error.code, params: error.params } });
        }
      }
      return {
        participantId: row.participant.id,
        merit: meritGuidelineOf(snapshot, row.cycle),
        promotion,
      };
    },
  );
};
