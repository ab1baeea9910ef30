import type { FastifyInstance } from 'fastify';

/**
 * While the app closes, every answer says `Connection: close`. Fastify closes the keep-alive
 * connections that are idle when closing begins, but a connection busy with a request then would
 * stay open after its answer (until the 72 s keep-alive timeout), and the shutdown would wait for it
 * until its deadline. With this header the client gets its answer and the connection ends with it.
 */
export function closeConnectionsWhenClosing(app: FastifyInstance) {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
}
