import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { appRoot } from './platform/appRoot';
import { registerAuthentication } from './platform/auth/plugin';
import { prepareAppKey } from './platform/crypto/appKey';
import { registerErrorHandler } from './platform/errors/handler';
import { registerStorableInputGuard } from './platform/http/storableInput';
import type { App, Deps } from './platform/http/types';
import { closeConnectionsWhenClosing } from './platform/lifecycle/drain';
import type { JobsCheckOptions } from './platform/lifecycle/readiness';
import { type LifecycleOptions, registerLifecycleRoutes } from './platform/lifecycle/routes';
import { type Logger, silentLogger } from './platform/logging/logger';
import { RequestLog, registerRequestIdHeader, requestIdOf } from './platform/logging/requests';
import { routeModules } from './routes';

const webRoot = join(appRoot, 'dist', 'web');

export interface RegisteredRoute {
  method: string;
  url: string;
  public: boolean;
}

export interface BuildAppOptions {
  /** The server's logger (platform/logging/logger.ts); without one the app logs nothing. */
  log?: Logger;
  /** When this process runs the job worker: `/api/ready` checks its heartbeat. */
  jobs?: JobsCheckOptions;
  /** More `/api/ready` checks by name (platform/lifecycle/routes.ts). */
  extraChecks?: LifecycleOptions['extraChecks'];
}

/** Builds the HTTP app. Stateless: everything an instance needs lives in the database. */
export async function buildApp(deps: Deps, options: BuildAppOptions = {}) {
  // The key that opens encrypted records (platform/crypto); the first to load it for the process decides.
  prepareAppKey(deps.config);
  const app = Fastify({
    // The one logger: redaction, safe error serialisation and route-pattern request lines are its own.
    loggerInstance: (options.log ?? silentLogger()) as FastifyBaseLogger,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 5 * 1024 * 1024,
    // A sane incoming X-Request-Id is kept, anything else replaced; every answer carries it back.
    genReqId: requestIdOf,
    // One line per finished request (LOG_REQUESTS, on by default); errors are logged either way.
    logController: new RequestLog({ disableRequestLogging: !deps.config.logRequests }),
  }).withTypeProvider<ZodTypeProvider>() as App;
  registerRequestIdHeader(app);
  closeConnectionsWhenClosing(app);
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

  registerLifecycleRoutes(app, deps, { jobs: options.jobs, extraChecks: options.extraChecks });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  for (const register of routeModules) register(app, deps);

  if (hasWebApp) await app.register(fastifyStatic, { root: webRoot, wildcard: false });

  await app.ready();
  return { app, routes };
}
