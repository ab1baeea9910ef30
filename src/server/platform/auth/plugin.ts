import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/appError';
import type { App, Deps } from '../http/types';
import { CSRF_COOKIE, loadActor, SESSION_COOKIE } from './sessions';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authenticates every /api request from the session cookie, then enforces that non-public routes
 * have a caller and that cookie-authenticated writes carry the session's CSRF token.
 */
export function registerAuthentication(app: App, { database }: Deps) {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await loadActor(database.db, token) : null;
    // Public routes, the API docs, and unknown paths (which answer 404 in the one error shape).
    if (
      request.routeOptions.config.public ||
      !request.routeOptions.url ||
      request.url.startsWith('/api/docs')
    )
      return;
    if (!request.actor) throw new AppError('unauthenticated');
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== request.actor.csrfToken) {
      throw new AppError('csrf_failed');
    }
  });
}

export function setSessionCookies(
  reply: FastifyReply,
  secure: boolean,
  session: { token: string; csrfToken: string },
) {
  const base = { path: '/', sameSite: 'lax' as const, secure, maxAge: 14 * 86_400 };
  reply.setCookie(SESSION_COOKIE, session.token, { ...base, httpOnly: true });
  // Readable by the web app, which echoes it in the x-csrf-token header (double submit bound to the session).
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...base, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
