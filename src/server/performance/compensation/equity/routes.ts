import { z } from 'zod';
import { uuidParam } from '../../../../contracts/common';
import { compEquityReport, equityQuery } from '../../../../contracts/compensation/equity';
import { type RouteModule, requireActor } from '../../../platform/http/types';
import { equityAccess, logBelowMinimumAccess } from './access';
import { buildEquityReport, presentBelowMinimum } from './present';
import { loadEquityRows, namesPage } from './queries';

const tags = ['compensation'];

/** The pay-equity check of a launched cycle (issue 12 item 8). */
export const compEquityRoutes: RouteModule = (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/performance/compensation/cycles/:cycleId/equity',
    {
      schema: {
        tags,
        summary:
          'Pay equity before approval: increase % and compa-ratio by department and level (groups under 5 withheld), the compa-ratio distribution, and who stays below their band minimum (names for HR only, each logged)',
        params: z.object({ cycleId: uuidParam }),
        querystring: equityQuery,
        response: { 200: compEquityReport },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row: cycle, policy } = await equityAccess.readFor(db, actor, request.params.cycleId);
      const rows = await loadEquityRows(db, cycle.id);
      const { report, below } = buildEquityReport(cycle, rows, {
        suppressDistribution: policy.suppressDistribution,
      });
      if (!policy.names) return { ...report, belowMinimum: null };
      const { page, pageSize } = request.query;
      const names = await namesPage(db, {
        participantIds: below.map((person) => person.participantId),
        page,
        pageSize,
      });
      const byParticipant = new Map(below.map((person) => [person.participantId, person]));
      const items = names.map((named) => presentBelowMinimum(byParticipant.get(named.participantId)!, named));
      await logBelowMinimumAccess(
        db,
        actor,
        items.map((item) => item.personId),
      );
      return { ...report, belowMinimum: { items, page, pageSize, total: below.length } };
    },
  );
};
