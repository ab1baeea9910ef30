import { csvImportRequest } from '../../../../contracts/compensation/payImport';
import { importReport } from '../../../../contracts/import';
import { importBodyLimit, importInvalidBody } from '../../../org/import/routes';
import { AppError, forbidden } from '../../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../../platform/http/types';
import { importBandsCsv } from './import/importBandsCsv';
import { importPayCsv } from './import/importPayCsv';
import { bandPolicy, payImportAllowed } from './policy';

const tags = ['compensation'];
const base = '/api/performance/compensation';
const schema = (summary: string) => ({
  tags,
  summary,
  body: csvImportRequest,
  response: { 200: importReport, 422: importInvalidBody },
});

/**
 * CSV imports of current pay and of salary bands (HR admin), all rows or none, with the people
 * import's row-by-row report: 200 with the report (`applied` false on a dry run), 422
 * `import_invalid` carrying it when any row is invalid.
 */
export const payImportRoutes: RouteModule = (app, { database }) => {
  const { db } = database;

  app.post(
    `${base}/pay-records/import`,
    {
      bodyLimit: importBodyLimit,
      schema: schema('Import pay records from CSV, all rows or none (HR admin)'),
    },
    async (request) => {
      const actor = requireActor(request);
      if (!payImportAllowed(actor)) throw forbidden();
      const report = await importPayCsv(db, { actor, ...request.body });
      if (report.invalid > 0) throw new AppError('import_invalid', undefined, { report });
      return report;
    },
  );

  app.post(
    `${base}/bands/import`,
    {
      bodyLimit: importBodyLimit,
      schema: schema('Import salary band versions from CSV, all rows or none (HR admin)'),
    },
    async (request) => {
      const actor = requireActor(request);
      if (!bandPolicy(actor).import) throw forbidden();
      const report = await importBandsCsv(db, { actor, ...request.body });
      if (report.invalid > 0) throw new AppError('import_invalid', undefined, { report });
      return report;
    },
  );
};
