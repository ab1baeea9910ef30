import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganization, TEST_PASSWORD } from '../../testing/factories';
import { ApiClient, type ApiResponse, startTestServer, type TestServer } from '../../testing/http';
import { issueOneTimeToken } from './oneTimeTokens';
import { accounts } from './tables';

/*
 * The auth throttle under concurrency: every attempt takes its slot (counted and inserted under one
 * pair of advisory locks) before argon2 or the token check runs, so simultaneous attempts cannot all
 * slip under the limit. Runs on PGlite and, with TEST_DATABASE_URL, on PostgreSQL with a real pool.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const octet = () => Math.floor(Math.random() * 254) + 1;
/** An address no other test uses (198.18.0.0/15 is reserved for benchmarks; ApiClient uses 10/8). */
const freshIp = () => `198.${18 + (octet() % 2)}.${octet()}.${octet()}`;

function post(path: string, body: unknown, ip: string) {
  return new ApiClient(server.baseUrl).request('POST', path, body, { 'x-forwarded-for': ip });
}

function tally(responses: ApiResponse[]) {
  const counts: Record<string, number> = {};
  for (const r of responses) {
    const key = `${r.status} ${r.body?.error?.code ?? ''}`.trim();
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe('login throttle under concurrency', () => {
  it('of 40 simultaneous wrong passwords for one email, exactly 10 reach the password check', async () => {
    const org = await createTestOrganization(server.database.db);
    const person = await org.addPerson();
    const responses = await Promise.all(
      Array.from({ length: 40 }, () =>
        post('/api/auth/login', { email: person.email, password: 'wrong-guess' }, freshIp()),
      ),
    );
    expect(tally(responses)).toEqual({ '401 invalid_credentials': 10, '429 rate_limited': 30 });
    // The right password is refused too until the window passes.
    const right = await post('/api/auth/login', { email: person.email, password: TEST_PASSWORD }, freshIp());
    expect(right.body.error.code).toBe('rate_limited');
  });

  it('of 80 simultaneous attempts from one IP across different emails, exactly 50 are checked', async () => {
    const org = await createTestOrganization(server.database.db);
    const ip = freshIp();
    const responses = await Promise.all(
      Array.from({ length: 80 }, (_, i) =>
        post('/api/auth/login', { email: `guess-${i}@${org.slug}.test`, password: 'wrong-guess' }, ip),
      ),
    );
    expect(tally(responses)).toEqual({ '401 invalid_credentials': 50, '429 rate_limited': 30 });
  });

  it('a successful login clears the email’s failures, its own reservation included', async () => {
    const org = await createTestOrganization(server.database.db);
    const person = await org.addPerson();
    for (let i = 0; i < 9; i++)
      expect(
        (await post('/api/auth/login', { email: person.email, password: 'wrong' }, freshIp())).status,
      ).toBe(401);
    expect(
      (await post('/api/auth/login', { email: person.email, password: TEST_PASSWORD }, freshIp())).status,
    ).toBe(200);
    const again = await Promise.all(
      Array.from({ length: 10 }, () =>
        post('/api/auth/login', { email: person.email, password: 'wrong' }, freshIp()),
      ),
    );
    expect(tally(again)).toEqual({ '401 invalid_credentials': 10 });
  });
});

describe('token completion (password reset, invitation)', () => {
  const completion = (token: string, password = 'a-long-enough-password') => ({ token, password });

  it('throttles bad tokens per IP, atomically: 80 simultaneous guesses, exactly 50 checked', async () => {
    const ip = freshIp();
    const responses = await Promise.all(
      Array.from({ length: 80 }, (_, i) =>
        post(
          i % 2 ? '/api/auth/password-reset/complete' : '/api/auth/invitations/accept',
          completion(`guessed-token-${ip}-${i}`),
          ip,
        ),
      ),
    );
    expect(tally(responses)).toEqual({ '400 invalid_token': 50, '429 rate_limited': 30 });
  });

  it('throttles one token tried from many IPs after 10 attempts', async () => {
    const token = `guessed-token-${freshIp()}`;
    const responses = await Promise.all(
      Array.from({ length: 15 }, () =>
        post('/api/auth/password-reset/complete', completion(token), freshIp()),
      ),
    );
    expect(tally(responses)).toEqual({ '400 invalid_token': 10, '429 rate_limited': 5 });
  });

  it('checks the token before anything about the new password (so a guess never reaches argon2)', async () => {
    const ip = freshIp();
    const badToken = await post(
      '/api/auth/password-reset/complete',
      completion('guessed-token-0001', 'short'),
      ip,
    );
    expect(badToken.status).toBe(400);
    expect(badToken.body.error.code).toBe('invalid_token');
    expect(Object.keys(badToken.body.error.fields)).toEqual(['token']);
  });

  it('a known token with a refused password keeps the token and gives its slot back', async () => {
    const db = server.database.db;
    const org = await createTestOrganization(db);
    const person = await org.addPerson();
    const [account] = await db.select().from(accounts).where(eq(accounts.id, person.accountId!));
    const token = await issueOneTimeToken(db, account!, 'password_reset');
    // More typos than the per-token limit: none of them is a guess, so none of them counts.
    for (let i = 0; i < 12; i++) {
      const weak = await post('/api/auth/password-reset/complete', completion(token, 'short'), freshIp());
      expect(weak.status).toBe(400);
      expect(weak.body.error).toMatchObject({
        code: 'validation_failed',
        fields: { password: expect.any(String) },
      });
    }
    const done = await post(
      '/api/auth/password-reset/complete',
      completion(token, 'a-brand-new-password'),
      freshIp(),
    );
    expect(done.status, done.text).toBe(204);
    // Spent: the second use is refused.
    const reused = await post(
      '/api/auth/password-reset/complete',
      completion(token, 'another-password-2'),
      freshIp(),
    );
    expect(reused.body.error.code).toBe('invalid_token');
    expect(
      (await post('/api/auth/login', { email: person.email, password: 'a-brand-new-password' }, freshIp()))
        .status,
    ).toBe(200);
  });

  it('two simultaneous completions with one token: exactly one sets the password', async () => {
    const db = server.database.db;
    const org = await createTestOrganization(db);
    const person = await org.addPerson({ withPassword: false });
    const [account] = await db.select().from(accounts).where(eq(accounts.id, person.accountId!));
    const token = await issueOneTimeToken(db, account!, 'invitation');
    const responses = await Promise.all(
      ['first-password-1', 'second-password-2'].map((password) =>
        post('/api/auth/invitations/accept', completion(token, password), freshIp()),
      ),
    );
    expect(tally(responses)).toEqual({ '204': 1, '400 invalid_token': 1 });
  });
});
