import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../platform/config';
import { testDatabase } from '../testing/database';
import { createTestOrganization } from '../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../testing/http';
import { openConfiguredDatabase } from './database';
import { openOperatorChannel, serverRunsOn } from './operatorChannel';
import { runCli } from './run';

/**
 * On the embedded database the running server owns the data folder: `issue-link` must reach it
 * through the server (a link written by a second process would be invalid to the server), and the
 * other commands must refuse to open the folder beside it.
 */
let server: TestServer;
let dataDir: string;
let closeChannel: () => Promise<void>;

beforeAll(async () => {
  server = await startTestServer();
  dataDir = await mkdtemp(join(tmpdir(), 'trellis-operator-'));
  closeChannel = await openOperatorChannel({
    db: (await testDatabase()).db,
    dataDir,
    publicUrl: server.baseUrl,
  });
});
afterAll(async () => {
  await closeChannel();
  await server.close();
});

async function trellis(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    openDatabase: () => Promise.reject(new Error('the command opened the database beside the server')),
    databaseLabel: `embedded PGlite in ${dataDir}`,
    embeddedDataDir: dataDir,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the operator channel of a server on the embedded database', () => {
  it('issues a link through the running server, and the link works there', async () => {
    const org = await createTestOrganization(server.database.db);
    const person = await org.addPerson();
    const issued = await trellis('issue-link', '--email', person.email, '--org', org.slug);
    expect(issued.code, issued.err).toBe(0);
    const token = /token=([\w-]+)/.exec(issued.out)?.[1];
    expect(token).toBeTruthy();
    const completed = await new ApiClient(server.baseUrl).post('/api/auth/password-reset/complete', {
      token,
      password: 'a brand new passphrase',
    });
    expect(completed.status).toBe(204);
  });

  it('passes the server’s refusal back as a usage error', async () => {
    const org = await createTestOrganization(server.database.db);
    const result = await trellis('issue-link', '--email', `nobody@${org.slug}.test`, '--org', org.slug);
    expect(result.code).toBe(2);
    expect(result.err).toContain('nobody@');
  });

  it('keeps every other command away from the folder while the server runs', async () => {
    expect(await serverRunsOn(dataDir)).toBe(true);
    await expect(openConfiguredDatabase(loadConfig({ TRELLIS_DATA_DIR: dataDir }))).rejects.toThrow(
      /stop it first/,
    );
    const elsewhere = await mkdtemp(join(tmpdir(), 'trellis-no-server-'));
    expect(await serverRunsOn(elsewhere)).toBe(false);
  });
});
