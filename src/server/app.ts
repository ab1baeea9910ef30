import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyServerOptions, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerAuthentication } from './platform/auth/plugin';
import { AppError } from './platform/errors/appError';
import { registerErrorHandler } from './platform/errors/handler';
import { withSafeErrorLogging } from './platform/errors/logSafe';
import { registerStorableInputGuard } from './platform/http/storableInput';
import type { App, Deps } from './platform/http/types';
import { routeModules } from './routes';

const databaseKind = z.enum(['pglite', 'postgresql']);
const webRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

export interface RegisteredRoute {
  method: string;
  url: string;
  public: boolean;
}

/** Builds the HTTP app. Stateless: everything an instance needs lives in the database. */
export async function buildApp(deps: Deps, options: { logger?: FastifyServerOptions['logger'] } = {}) {
  const app = Fastify({
    // Database errors are logged without the values of their query (names and answers are personal data).
    logger: withSafeErrorLogging(options.logger ?? false),
    trustProxy: deps.config.trustProxy,
    bodyLimit: 5 * 1024 * 1024,
    // Errors are logged by the error handler; per-request lines only when asked for.
    logController: new LogController({ disableRequestLogging: !deps.config.logRequests }),
  }).withTypeProvider<ZodTypeProvider>() as App;
  // Answers carry personal data: no browser or proxy may keep a copy (errors and /api/docs included).
  // Added before any plugin so every route, the not-found handler and the error handler inherit it.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // NUL bytes and lone surrogates anywhere in params, query or body: 400 before any route sees them.
  registerStorableInputGuard(app);

  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: route.url, public: Boolean(route.config?.public) });
    }
  });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // No inline script anywhere: Vite's build loads one module file, Mantine runs no colour-scheme
        // script (the scheme is fixed), and Swagger UI at /api/docs loads its initializer from a file.
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Trellis API',
        version: '0.1.0',
        description: 'Performance and career growth, kept apart yet in step.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'trellis_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  const hasWebApp = existsSync(webRoot);
  registerErrorHandler(app, { spaFallback: hasWebApp });
  registerAuthentication(app, deps);

  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['platform'],
        summary: 'Liveness and whether the database answers',
        description:
          '200 when the database answers a query; 503 `database_unavailable` while it cannot be reached ' +
          '(the server keeps running and reconnects by itself).',
        response: {
          200: z.object({ status: z.literal('ok'), database: databaseKind }),
          503: z.object({
            status: z.literal('unavailable'),
            database: databaseKind,
            error: z.object({ code: z.literal('database_unavailable'), message: z.string() }),
          }),
        },
      },
    },
    async (request, reply) => {
      try {
        await deps.database.db.execute(sql`SELECT 1`);
        return { status: 'ok' as const, database: deps.database.kind };
      } catch (error) {
        request.log.warn({ err: error }, 'health check: the database does not answer');
        const unavailable = new AppError('database_unavailable');
        return reply.status(503).send({
          status: 'unavailable' as const,
          database: deps.database.kind,
          error: { code: 'database_unavailable' as const, message: unavailable.message },
        });
      }
    },
  );
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  for (const register of routeModules) register(app, deps);

  if (hasWebApp) await app.register(fastifyStatic, { root: webRoot, wildcard: false });

  await app.ready();
  return { app, routes };
}
