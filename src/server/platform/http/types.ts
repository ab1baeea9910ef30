import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../auth/actor';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { AppError } from '../errors/appError';
import type { Mailer } from '../mail/mailer';

export interface Deps {
  database: Database;
  config: Config;
  mailer: Mailer;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (login, health, password reset). */
    public?: boolean;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A domain's routes: a function that registers them on the app with the shared dependencies. */
export type RouteModule = (app: App, deps: Deps) => void;

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}
