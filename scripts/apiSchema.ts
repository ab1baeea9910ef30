import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/platform/config';
import { openDatabase } from '../src/server/platform/db/client';
import { createMailer } from '../src/server/platform/mail/mailer';

/** Where the web app's generated API types live (checked in; `npm run check:api` keeps them current). */
export const schemaFile = 'src/web/api/schema.gen.ts';

const header = `/**
 * Generated from the server's OpenAPI document by scripts/generateApiTypes.ts: do not edit.
 * Regenerate with \`npm run api:generate\` after changing a route's schema.
 */

`;

/**
 * The OpenAPI document the server serves at /api/openapi.json, built in-process: the app's routes
 * are registered on an empty in-memory database and nothing listens. No request is made, so the
 * database needs no migrations.
 */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const database = await openDatabase({ dataDir: 'memory://', pgliteThread: 'main' });
  try {
    const config = loadConfig({ TRELLIS_DATA_DIR: '/tmp/unused' });
    const mailer = createMailer(config, { info: () => undefined });
    const { app } = await buildApp({ database, config, mailer });
    try {
      return app.swagger() as unknown as Record<string, unknown>;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

/** A copy with object keys in code-point order, so the output does not follow registration order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)]));
}

/** The TypeScript source of `schemaFile` for a document: same document, same text. */
export async function renderApiTypes(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(sortKeys(document) as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
  });
  return header + astToString(ast);
}

/** Why the checked-in types are stale, naming the command that fixes them; null when they are current. */
export function apiTypesProblem(checkedIn: string, expected: string): string | null {
  if (checkedIn === expected) return null;
  const a = checkedIn.split('\n');
  const b = expected.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line += 1;
  return [
    `${schemaFile} is out of step with the server's routes (first difference at line ${line + 1}).`,
    'Run: npm run api:generate',
  ].join('\n');
}
