import { z } from 'zod';
import { uuidParam } from '../../../../contracts/common';
import {
  bandListQuery,
  bandPage,
  compBand,
  createBandRequest,
  createPayRecordRequest,
  payHistoryQuery,
  payRecord,
  personPay,
} from '../../../../contracts/compensation/payData';
import { actorToday } from '../../../platform/clock';
import { forbidden, notFound } from '../../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../../platform/http/types';
import { addBandVersion } from './commands/addBandVersion';
import { addPayRecord } from './commands/addPayRecord';
import { readPersonPay } from './personPay';
import { bandPolicy } from './policy';
import { presentBand, presentPayRecord } from './present';
import { listBands } from './queries';

const tags = ['compensation'];
const base = '/api/performance/compensation';
const personParams = z.object({ personId: uuidParam });

/** Pay records and salary bands (issue 12 item 1); the CSV imports are in `importRoutes.ts`. */
export const payDataRoutes: RouteModule = (app, { database }) => {
  const { db } = database;

  app.get(
    `${base}/people/:personId/pay`,
    {
      schema: {
        tags,
        summary:
          "A person's pay: the current record, its band placement (manager chain and HR; the person when the organisation shows it) and the history, newest first",
        params: personParams,
        querystring: payHistoryQuery,
        response: { 200: personPay },
      },
    },
    async (request) =>
      readPersonPay(db, {
        actor: requireActor(request),
        personId: request.params.personId,
        ...request.query,
      }),
  );

  app.get(
    `${base}/me/pay`,
    {
      schema: {
        tags,
        summary: 'My pay: history, and where it sits in my band when the organisation shows it',
        querystring: payHistoryQuery,
        response: { 200: personPay },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!actor.personId) throw notFound('Person');
      return readPersonPay(db, { actor, personId: actor.personId, ...request.query });
    },
  );

  app.post(
    `${base}/people/:personId/pay-records`,
    {
      schema: {
        tags,
        summary:
          'Add a pay record from a date (HR admin); records are never changed, a correction is a new one',
        params: personParams,
        body: createPayRecordRequest,
        response: { 201: payRecord },
      },
    },
    async (request, reply) => {
      const row = await addPayRecord(db, {
        actor: requireActor(request),
        personId: request.params.personId,
        record: request.body,
      });
      return reply.status(201).send(presentPayRecord(row));
    },
  );

  app.get(
    `${base}/bands`,
    {
      schema: {
        tags,
        summary: 'Salary bands (HR admin): the version of each in effect on a date, or every version',
        querystring: bandListQuery,
        response: { 200: bandPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!bandPolicy(actor).list) throw forbidden();
      const asOf = request.query.asOf ?? (await actorToday(db, actor));
      const { rows, nextCursor } = await listBands(db, {
        organizationId: actor.organizationId,
        ...request.query,
        asOf,
      });
      return { items: rows.map(presentBand), nextCursor, asOf };
    },
  );

  app.post(
    `${base}/bands`,
    {
      schema: {
        tags,
        summary: 'Add a salary band version from a date (HR admin); earlier versions stay as history',
        body: createBandRequest,
        response: { 201: compBand },
      },
    },
    async (request, reply) => {
      const row = await addBandVersion(db, { actor: requireActor(request), band: request.body });
      return reply.status(201).send(presentBand(row));
    },
  );
};
