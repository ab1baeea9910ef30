import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/http';
import { createLogger, prettyStream } from './logger';

const capture = () => {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, destination };
};

describe('one logger', () => {
  const serverRoot = join(import.meta.dirname, '..', '..');
  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      // The command line prints to its operator (through its context); test helpers print to the test run.
      if (entry.isDirectory()) return ['cli', 'testing'].includes(entry.name) ? [] : sourceFiles(path);
      return /\.(ts|mts|mjs)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
    });
  const usesConsole = (text: string) => /\bconsole\s*\.\s*[a-z]+/i.test(text);

  it('leaves no console.* in server code: everything goes through the logger', () => {
    // The rule can fail: it sees what it forbids.
    expect(usesConsole("console.log('x')")).toBe(true);
    expect(usesConsole('the operator console (issue-link)')).toBe(false);
    const offenders = sourceFiles(serverRoot)
      .filter((path) => usesConsole(readFileSync(path, 'utf8')))
      .map((path) => relative(serverRoot, path));
    expect(offenders).toEqual([]);
  });

  it('redacts credentials wherever they sit in a logged object', async () => {
    const { lines, destination } = capture();
    const log = await createLogger({ logLevel: 'info' }, { destination });
    log.info(
      {
        req: { headers: { authorization: 'Bearer s3cret-bearer', cookie: 'trellis_session=s3cret-cookie' } },
        password: 's3cret-password',
        body: { password: 's3cret-nested', token: 's3cret-token', csrfToken: 's3cret-csrf' },
        config: { databaseUrl: 'postgres://u:s3cret-db@h/db', smtp: { pass: 's3cret-smtp' } },
      },
      'something happened',
    );
    const line = lines.join('');
    expect(line).toContain('something happened');
    expect(line).toContain('[redacted]');
    expect(line).not.toMatch(/s3cret/);
  });

  it('writes JSON by default and readable lines when asked, JSON again when pino-pretty is missing', async () => {
    const json = capture();
    (await createLogger({ logLevel: 'info' }, { destination: json.destination })).info({ n: 1 }, 'hello');
    expect(JSON.parse(json.lines[0]!)).toMatchObject({ level: 30, msg: 'hello', n: 1 });

    const readable = capture();
    (await createLogger({ logLevel: 'info' }, { destination: readable.destination, pretty: true })).info(
      'hello',
    );
    expect(readable.lines.join('')).toMatch(/INFO.*hello/);
    expect(() => JSON.parse(readable.lines.join(''))).toThrow();

    // A production install has no pino-pretty: no readable stream, so the logger keeps JSON.
    expect(await prettyStream(undefined, 'pino-pretty-is-not-installed')).toBeNull();
  });

  it('logs at the configured level only', async () => {
    const { lines, destination } = capture();
    const log = await createLogger({ logLevel: 'warn' }, { destination });
    log.info('quiet');
    log.warn('loud');
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(['loud']);
  });
});

describe('request ids', () => {
  let server: TestServer;
  const logLines: string[] = [];
  beforeAll(async () => {
    server = await startTestServer({}, { log: (line) => logLines.push(line) });
  });
  afterAll(() => server.close());

  const idOf = async (header?: string) => {
    const response = await fetch(`${server.baseUrl}/api/health`, {
      headers: header === undefined ? {} : { 'x-request-id': header },
    });
    return response.headers.get('x-request-id');
  };
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  it('keeps a sane incoming X-Request-Id, answers with it and logs under it', async () => {
    const incoming = `lb-${Date.now()}-a1b2c3`;
    expect(await idOf(incoming)).toBe(incoming);
    const lines = logLines.map((line) => JSON.parse(line)).filter((line) => line.reqId === incoming);
    expect(lines.map((line) => line.msg)).toContain('request completed');
    expect(lines.find((line) => line.msg === 'request completed')).toMatchObject({
      req: { method: 'GET', route: '/api/health' },
      res: { statusCode: 200 },
    });
  });

  it('replaces a missing or odd one with a fresh UUID', async () => {
    const first = await idOf();
    const second = await idOf();
    expect(first).toMatch(uuid);
    expect(second).toMatch(uuid);
    expect(first).not.toBe(second);
    for (const odd of ['short', 'x'.repeat(129), 'ada@example.com', 'two words here', 'a\tline-forged']) {
      expect(await idOf(odd), odd).toMatch(uuid);
    }
  });

  it('names the request id on error answers too', async () => {
    const response = await fetch(`${server.baseUrl}/api/no-such-route?x=1`, {
      headers: { 'x-request-id': 'trace-0000-1111' },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toBe('trace-0000-1111');
  });
});
