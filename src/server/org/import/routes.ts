import { z } from 'zod';
import { errorBody } from '../../../contracts/common';
import { importCsvMaxLength, importPeopleRequest, importReport } from '../../../contracts/import';
import { AppError, forbidden } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { peoplePolicy } from '../policy';
import { importPeopleCsv } from './importPeopleCsv';

/** The 422 answer: the standard error shape, with the report naming each invalid line and column. */
export const importInvalidBody = z
  .object({
    error: errorBody.shape.error.extend({ code: z.literal('import_invalid'), report: importReport }),
  })
  .describe('Some rows are invalid and nothing was imported; `error.report` lists every problem.');

// JSON escapes line breaks and quotes, so the body of a CSV at the limit may be up to twice its size.
export const importBodyLimit = 2 * importCsvMaxLength + 64 * 1024;

/** CSV import of people: the same all-or-nothing import as `trellis import-people`, for HR admins. */
export const importRoutes: RouteModule = (app, { database }) => {
  const { db } = database;

  app.post(
    '/api/people/import',
    {
      bodyLimit: importBodyLimit,
      schema: {
        tags: ['people'],
        summary: 'Import people from CSV, all rows or none (HR admin); dryRun checks without writing',
        body: importPeopleRequest,
        response: { 200: importReport, 422: importInvalidBody },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!peoplePolicy.import(actor)) throw forbidden();
      const report = await importPeopleCsv(db, {
        organizationId: actor.organizationId,
        actorAccountId: actor.accountId,
        csv: request.body.csv,
        dryRun: request.body.dryRun,
      });
      if (report.invalid > 0) throw new AppError('import_invalid', undefined, { report });
      return report;
    },
  );
};
