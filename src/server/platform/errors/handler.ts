import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { describeZodIssue, type Issue, issue, zodIssueText } from '../../../contracts/issues';
import { AppError, errorCatalogue, translateDatabaseError } from './appError';

/**
 * Every failure leaves the API in one shape:
 * { error: { code, message, reason?, fields?, fieldIssues?, currentVersion?, report? } }.
 */
export function registerErrorHandler(app: FastifyInstance, options: { spaFallback: boolean }) {
  app.setErrorHandler((rawError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(rawError)) {
      const fields: Record<string, string> = {};
      const fieldIssues: Record<string, Issue> = {};
      for (const invalid of rawError.validation) {
        const path = String(
          invalid.instancePath.replace(/^\//, '').replaceAll('/', '.') ||
            rawError.validationContext ||
            'body',
        );
        if (path in fieldIssues) continue;
        // fastify-type-provider-zod keeps the zod issue's own fields (minimum, format, params …) in `params`.
        const zodIssue = { ...invalid.params, code: invalid.keyword, message: invalid.message };
        fieldIssues[path] = invalid.message ? describeZodIssue(zodIssue) : issue('valueInvalidShort');
        fields[path] = invalid.message ? zodIssueText(zodIssue) : 'Invalid value';
      }
      return reply
        .status(400)
        .send(errorPayload(new AppError('validation_failed', undefined, { fields, fieldIssues })));
    }
    const error = translateDatabaseError(rawError);
    // Validation should have refused it: say so in the log (safely, see logSafe.ts) so the gap gets closed.
    if (error !== rawError && error instanceof AppError && error.code === 'validation_failed')
      request.log.warn({ err: rawError }, 'the database refused input that validation let through');
    if (error instanceof AppError) return reply.status(error.status).send(errorPayload(error));
    const fastifyError = error as FastifyError;
    if (fastifyError.statusCode === 413)
      return reply.status(413).send(errorPayload(new AppError('payload_too_large')));
    if (fastifyError.statusCode && fastifyError.statusCode < 500) {
      return reply.status(400).send(
        errorPayload(
          new AppError('validation_failed', fastifyError.message, {
            fields: { body: fastifyError.message },
            fieldIssues: { body: issue('requestUnreadable') },
          }),
        ),
      );
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(errorPayload(new AppError('internal', errorCatalogue.internal[1])));
  });
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes of the web app: every non-API path that is not a file serves the app shell.
    if (options.spaFallback && !request.url.startsWith('/api/') && request.method === 'GET') {
      return reply.type('text/html').sendFile('index.html');
    }
    const path = request.url.split('?')[0];
    return reply
      .status(404)
      .send(errorPayload(new AppError('not_found', `No route ${request.method} ${path}.`)));
  });
}

export function errorPayload(error: AppError) {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.reason ? { reason: error.reason } : {}),
      ...(error.details.fields ? { fields: error.details.fields } : {}),
      ...(error.details.fieldIssues ? { fieldIssues: error.details.fieldIssues } : {}),
      ...(error.details.currentVersion !== undefined ? { currentVersion: error.details.currentVersion } : {}),
      ...(error.details.report ? { report: error.details.report } : {}),
    },
  };
}
