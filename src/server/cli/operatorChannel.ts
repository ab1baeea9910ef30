import { chmodSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';
import type { TokenPurpose } from '../platform/auth/tables';
import type { Db } from '../platform/db/client';
import { UsageError } from './command';
import { issueAccountLink } from './commands/issueLink';

/**
 * The embedded database (PGlite) belongs to one process: a command line opening the same data
 * folder while the server runs would write to a copy the server never reads (a link it issued
 * would be "invalid" to the server) and could damage the folder. So the running server listens on
 * a Unix socket inside its data folder, readable by the operator's account only (0600), and
 * `trellis issue-link` asks it there; other commands refuse to run beside it. Only someone who
 * can already read the database files can use the socket, so it opens nothing new.
 */
export const operatorSocketPath = (dataDir: string) => join(dataDir, 'trellis-operator.sock');

export interface IssueLinkRequest {
  command: 'issue-link';
  organizationSlug: string;
  email: string;
  purpose?: TokenPurpose;
}

type Reply =
  | { ok: true; link: string; purpose: TokenPurpose }
  | { ok: false; usage: boolean; message: string };

/** Serves the operator's requests from the running server; returns the function that stops it. */
export async function openOperatorChannel(options: {
  db: Db;
  dataDir: string;
  publicUrl: string;
  /** The server's logger: a link issued here is noted (its purpose only) and a failure logged. */
  log?: OperatorChannelLog;
}): Promise<() => Promise<void>> {
  const path = operatorSocketPath(options.dataDir);
  // A socket file left by a server that was killed answers nobody; a live one means a second
  // server on the same folder, which PGlite does not support either way.
  rmSync(path, { force: true });
  const server = createServer((socket) => {
    let input = '';
    socket.setEncoding('utf8');
    socket.on('error', () => undefined);
    socket.on('data', async (chunk) => {
      input += chunk;
      if (!input.includes('\n')) return;
      socket.end(`${JSON.stringify(await answer(options, input.slice(0, input.indexOf('\n'))))}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  try {
    chmodSync(path, 0o600);
  } catch (error) {
    // Not where we asked (a path too long for a socket is cut short): nobody should use it.
    server.close();
    throw error;
  }
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      rmSync(path, { force: true });
    });
}

export interface OperatorChannelLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

async function answer(
  options: { db: Db; publicUrl: string; log?: OperatorChannelLog },
  line: string,
): Promise<Reply> {
  try {
    const request = JSON.parse(line) as IssueLinkRequest;
    if (request.command !== 'issue-link') return { ok: false, usage: true, message: 'Unknown request.' };
    const issued = await issueAccountLink(options.db, {
      organizationSlug: request.organizationSlug,
      email: request.email,
      purpose: request.purpose,
      publicUrl: options.publicUrl,
    });
    // Never the link nor whose it is: the audit log records that much for those allowed to read it.
    options.log?.info({ purpose: issued.purpose }, 'operator channel: issued a one-time link');
    return { ok: true, link: issued.link, purpose: issued.purpose };
  } catch (error) {
    if (error instanceof UsageError) return { ok: false, usage: true, message: error.message };
    options.log?.error({ err: error }, 'operator channel: could not issue a link');
    return { ok: false, usage: false, message: 'The server could not issue the link; see its log.' };
  }
}

/**
 * Asks the server running on `dataDir` to issue a link. Returns null when no server listens there
 * (the caller then opens the database itself); a refusal comes back as a UsageError or an Error.
 */
export async function askRunningServer(
  dataDir: string,
  request: IssueLinkRequest,
): Promise<{ link: string; purpose: TokenPurpose } | null> {
  const reply = await new Promise<Reply | null>((resolve, reject) => {
    const socket = createConnection(operatorSocketPath(dataDir));
    let output = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${JSON.stringify(request)}\n`));
    socket.on('data', (chunk) => {
      output += chunk;
    });
    socket.on('end', () => {
      try {
        resolve(JSON.parse(output) as Reply);
      } catch {
        reject(new Error('The running server gave no answer.'));
      }
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') resolve(null);
      else reject(error);
    });
  });
  if (!reply) return null;
  if (reply.ok) return { link: reply.link, purpose: reply.purpose };
  throw reply.usage ? new UsageError(reply.message) : new Error(reply.message);
}

/** Whether a server is running on this data folder (its operator socket answers). */
export function serverRunsOn(dataDir: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection(operatorSocketPath(dataDir));
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}
