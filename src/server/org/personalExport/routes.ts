import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { uuidParam } from '../../../contracts/common';
import { personalDataExportRequest } from '../../../contracts/personalExport';
import type { PersonalDataExporter } from '../../platform/export/types';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { exportOwnData, exportPersonalDataOnRequest } from './commands/exportPersonalData';

const tags = ['data rights'];

/** `trellis-data-2026-12-06.zip`: the date only, so the name carries nobody's name into download lists. */
const fileName = (generatedAt: string) => `trellis-data-${generatedAt.slice(0, 10)}.zip`;

/**
 * Personal data export (SPEC S2 "Data rights"). The exporters come from the composition root
 * (`personalDataExporters.ts`), so this module, like the platform, imports no performance or growth code.
 */
export const personalExportRoutes =
  (exporters: readonly PersonalDataExporter[]): RouteModule =>
  (app, { database: { db } }) => {
    const send = (reply: FastifyReply, built: { archive: Uint8Array; manifest: { generatedAt: string } }) =>
      reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${fileName(built.manifest.generatedAt)}"`)
        .send(Buffer.from(built.archive));

    app.get(
      '/api/me/export',
      {
        schema: {
          tags,
          summary:
            'Download my data: a ZIP of everything I can see about myself, as JSON and a readable report',
        },
      },
      async (request, reply) => {
        const built = await exportOwnData(db, { actor: requireActor(request), exporters });
        return send(reply, built);
      },
    );

    app.post(
      '/api/people/:personId/exports',
      {
        schema: {
          tags,
          summary:
            "Export a person's data on their written request (HR admin): audited, on their access log, with HR-only records apart",
          params: z.object({ personId: uuidParam }),
          body: personalDataExportRequest,
        },
      },
      async (request, reply) => {
        const built = await exportPersonalDataOnRequest(db, {
          actor: requireActor(request),
          personId: request.params.personId,
          request: request.body,
          exporters,
        });
        return send(reply, built);
      },
    );
  };
