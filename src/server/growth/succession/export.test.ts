import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';

let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

async function download(
  person: { accountId: string | null },
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
) {
  const session = await cast.org.sessionFor(person.accountId!);
  const response = await fetch(server.baseUrl + path, {
    method,
    headers: {
      cookie: `trellis_session=${session.token}`,
      ...(method === 'POST' ? { 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  const files = Object.fromEntries(
    Object.entries(unzipSync(new Uint8Array(await response.arrayBuffer()))).map(([name, data]) => [
      name,
      strFromU8(data),
    ]),
  );
  return { files, all: Object.values(files).join('\n') };
}

it('keeps succession plans out of the person’s own export and lists them apart in HR’s export on request', async () => {
  const hr = new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(cast.hr.accountId!));
  const note = `Needs a stretch assignment abroad ${Date.now()}`;
  const created = await hr.post('/api/growth/succession/positions', {
    title: 'Head of Support',
    incumbentId: cast.peerManager.id,
    criticality: 'high',
    vacancyRisk: 'low',
  });
  const slate = await hr.put(`/api/growth/succession/positions/${created.body.id}/slate`, {
    version: created.body.version,
    successors: [{ personId: cast.employee2.id, readiness: '1_2_years', successorNote: note }],
  });
  expect(slate.status).toBe(200);

  const own = await download(cast.employee2, 'GET', '/api/me/export');
  expect(own.all).not.toContain(note);
  expect(own.all).not.toContain('Head of Support');

  const forHr = await download(cast.hr, 'POST', `/api/people/${cast.employee2.id}/exports`, {
    reference: 'DSAR-2026-042',
    reason: 'Written request for a copy of all data held.',
  });
  expect(forHr.files['for-hr-review/succession-plans.json']).toContain(note);
  const outside = Object.entries(forHr.files)
    .filter(([name]) => !name.startsWith('for-hr-review/') && name !== 'report.html')
    .map(([, text]) => text)
    .join('\n');
  expect(outside).not.toContain(note);
});
