import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * A caller's (or proxy's) request id is kept so one id follows a request through every hop, but
 * only if it looks like an id: letters, digits and `-_.:`, 8 to 128 characters. Anything else —
 * an email, a sentence, a line break meant to forge a log line — is replaced by a fresh UUID.
 */
const saneRequestId = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdOf(request: IncomingMessage): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && saneRequestId.test(incoming) ? incoming : randomUUID();
}

/** Every answer names its request id, so a user's report ("it failed at 10:02") finds its log lines. */
export function registerRequestIdHeader(app: FastifyInstance) {
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
}

/**
 * Fastify's request lines, reshaped: one `info` line per finished request with method, route
 * pattern, status and time (the "incoming" line drops to `debug`), and the not-found line without
 * the raw URL. `LOG_REQUESTS=false` turns the per-request lines off; errors are logged either way.
 */
export class RequestLog extends LogController {
  override incomingRequest(request: FastifyRequest) {
    if (this.isLogDisabled(request)) return;
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    if (this.isLogDisabled(request)) return;
    const line = { req: request, res: reply, responseTime: Math.round(reply.elapsedTime) };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }

  override routeNotFound(request: FastifyRequest) {
    if (this.isLogDisabled(request)) return;
    request.log.info({ req: request }, 'route not found');
  }
}
