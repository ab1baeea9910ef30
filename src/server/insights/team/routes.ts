import { teamViewPage, teamViewQuery } from '../../../contracts/teamView';
import { actorTimeZone, todayIn } from '../../platform/clock';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { recordTeamViewRead, relateMembers } from './access';
import { teamMembers } from './members';
import { presentMember } from './present';
import { openRequestsWith } from './sources/feedbackRequests';
import { goalHealthOf } from './sources/goals';
import { conversationRhythms, sharedPlans } from './sources/growth';
import { oneOnOnesWith } from './sources/oneOnOnes';
import { reviewStatusOf } from './sources/reviews';

/**
 * The manager's team view (SPEC S5). Each column is read in one batch for the whole page, through
 * its own domain's policy, so a page of 50 people costs the same handful of statements as a page
 * of one (`teamView.test.ts` counts them).
 */
export const teamViewRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/insights/team',
    {
      schema: {
        tags: ['insights'],
        summary:
          "My team, one row per person: goal health, the current review's next step, 1:1s, career conversation, shared plan, open feedback requests and what to do next",
        querystring: teamViewQuery,
        response: { 200: teamViewPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { scope, cursor, pageSize } = request.query;
      const now = new Date();
      const timeZone = await actorTimeZone(db, actor);
      const today = todayIn(timeZone, now);
      const page = await teamMembers(db, actor, { scope, cursor, pageSize });
      const members = relateMembers(page.rows);
      const ids = members.map((m) => m.id);
      const [goals, reviews, oneOnOnes, requests, conversations, plans] = await Promise.all([
        goalHealthOf(db, actor, ids, today),
        reviewStatusOf(db, actor, members, today),
        oneOnOnesWith(db, actor, ids),
        openRequestsWith(db, actor, ids),
        conversationRhythms(db, actor, members, timeZone, today),
        sharedPlans(db, actor, members, now),
      ]);
      const items = members.map((member) =>
        presentMember(member, {
          goals: goals.get(member.id)!,
          review: reviews.get(member.id) ?? null,
          oneOnOne: oneOnOnes.get(member.id) ?? null,
          conversation: conversations.get(member.id) ?? null,
          plan: plans.get(member.id) ?? null,
          feedback: requests.get(member.id)!,
        }),
      );
      await recordTeamViewRead(
        db,
        actor,
        items.map((item) => ({
          personId: item.person.id,
          development: item.conversation !== null || item.plan !== null,
        })),
      );
      return { scope, items, total: page.total, nextCursor: page.nextCursor, today };
    },
  );
};
