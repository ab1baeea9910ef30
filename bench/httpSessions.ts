/** A signed-in browser: its cookies, and the CSRF token it echoes on writes (x-csrf-token). */
export interface Session {
  cookie: string;
  csrf: string;
}

const timeoutMs = 30_000;

/** Signs in through `POST /api/auth/login`, as the web app does. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const session = cookies.find((c) => c.startsWith('trellis_session='));
  const csrf = cookies.find((c) => c.startsWith('trellis_csrf='));
  if (response.status !== 200 || !session || !csrf)
    throw new Error(`Signing in as ${email} failed: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
  return { cookie: `${session}; ${csrf}`, csrf: csrf.slice('trellis_csrf='.length) };
}

/** Signs everyone in, a few at a time (each login runs argon2 on the server). */
export async function signInAll(baseUrl: string, emails: string[], password: string): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let i = 0; i < emails.length; i += 2) {
    sessions.push(...(await Promise.all(emails.slice(i, i + 2).map((e) => signIn(baseUrl, e, password)))));
  }
  return sessions;
}

/** The headers a request of this session carries (the CSRF header on writes only, as the web app). */
export function sessionHeaders(session: Session, write: boolean): Record<string, string> {
  return write
    ? { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' }
    : { cookie: session.cookie };
}

export async function sendJson(
  baseUrl: string,
  session: Session,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const write = method !== 'GET';
  const headers = sessionHeaders(session, write);
  if (body === undefined) delete headers['content-type'];
  const response = await fetch(baseUrl + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text for the error message
  }
  return { status: response.status, body: parsed };
}
