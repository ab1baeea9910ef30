// @ts-check
/**
 * The embedded database (PGlite) in a worker thread: see `pgliteThread.ts`, which starts this file,
 * speaks to it and parses what it answers. Plain JavaScript so that it loads as it is wherever the app
 * runs (tsx, vitest, node): a worker thread does not inherit the TypeScript loader of its parent.
 *
 * This thread runs Postgres and little else. A query is what PGlite's own `query` sends (Parse,
 * Describe, Bind, Describe, Execute, Sync, parameters serialised by PGlite's serializers for the types
 * Postgres describes) in two calls instead of six, and the answer goes back as the bytes Postgres
 * wrote, moved (not copied) to the main thread, which parses rows and types there. PGlite's protocol
 * layer (which copies every field into its own buffer) and structured clone of the rows were two
 * thirds of the JavaScript time of a query here.
 *
 * The locking is PGlite's, kept the same: a transaction holds the transaction lock from BEGIN to
 * COMMIT/ROLLBACK, so a query outside it waits until it ends, while the transaction's own queries run;
 * every statement holds PGlite's query lock (`runExclusive`). Errors are PGlite's `DatabaseError`s
 * (parsed by its protocol parser), sent as plain objects with their fields.
 *
 * Requests: { id, op: 'query', sql, params, paramTypes, tx } · { id, op: 'exec', sql, tx }
 *           { id, op: 'begin', tx } · { id, op: 'end', tx, commit } · { id, op: 'rollback', tx }
 *           { id, op: 'close' }
 * Answers:  { id, raw } (the response bytes), { id } or { id, error }.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { Mutex, PGlite, protocol, TransactionAbortedError } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const { dataDir, snapshot } = /** @type {{ dataDir: string, statementCache?: number, snapshot?: string }} */ (
  workerData
);
const serialize = protocol.serialize;
const decoder = new TextDecoder();

/** @type {PGlite} */
let pg;
let closed = false;
/** PGlite's transaction lock: held by an open transaction, taken by every statement outside one. */
const transactionLock = new Mutex();
/** Open transactions by the caller's id. @type {Map<number, { release: () => void, closed: boolean }>} */
const transactions = new Map();
/** PGlite syncs its file system after statements outside a transaction (a no-op for folders and memory). */
let inTransaction = false;

/** @param {Uint8Array[]} parts */
function concat(parts) {
  let length = 0;
  for (const part of parts) length += part.length;
  const message = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    message.set(part, offset);
    offset += part.length;
  }
  return message;
}

/**
 * The first error Postgres answered in `bytes`, as PGlite's protocol parser makes it, or null.
 * @param {Uint8Array} bytes
 */
function firstError(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 0; offset + 5 <= bytes.length; ) {
    const length = view.getInt32(offset + 1);
    if (bytes[offset] === 0x45 /* E */) {
      let error = null;
      new protocol.Parser().parse(bytes.slice(offset, offset + 1 + length), (message) => {
        error ??= message;
      });
      return /** @type {Error} */ (/** @type {unknown} */ (error));
    }
    offset += 1 + length;
  }
  return null;
}

/**
 * The types of a statement's parameters, from its ParameterDescription.
 * @param {Uint8Array} bytes
 */
function parameterTypes(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 0; offset + 5 <= bytes.length; ) {
    const length = view.getInt32(offset + 1);
    if (bytes[offset] === 0x74 /* t */) {
      const count = view.getUint16(offset + 5);
      return Array.from({ length: count }, (_, i) => view.getInt32(offset + 7 + 4 * i));
    }
    offset += 1 + length;
  }
  return [];
}

/**
 * The command tags of the statements in `bytes` ("COMMIT", "ROLLBACK", "INSERT 0 1", …).
 * @param {Uint8Array} bytes
 */
function commandTags(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  /** @type {string[]} */
  const tags = [];
  for (let offset = 0; offset + 5 <= bytes.length; ) {
    const length = view.getInt32(offset + 1);
    if (bytes[offset] === 0x43 /* C */) {
      tags.push(decoder.decode(bytes.subarray(offset + 5, offset + length)));
    }
    offset += 1 + length;
  }
  return tags;
}

/**
 * The transaction status of the last ReadyForQuery in `bytes`: 'I' idle, 'T' in a transaction, 'E' in
 * a failed one; undefined when there is none (an answer before Sync).
 * @param {Uint8Array} bytes
 */
function transactionStatus(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let status;
  for (let offset = 0; offset + 5 <= bytes.length; ) {
    const length = view.getInt32(offset + 1);
    if (bytes[offset] === 0x5a /* Z */)
      status = String.fromCharCode(/** @type {number} */ (bytes[offset + 5]));
    offset += 1 + length;
  }
  return status;
}

/**
 * Runs protocol messages and returns Postgres's answer. Through `execProtocolRawStream`: plain
 * `execProtocolRaw` also feeds every answer to PGlite's protocol parser (which decodes every field and
 * keeps the messages until PGlite's next own query).
 * @param {Uint8Array} message
 */
async function run(message) {
  /** @type {Uint8Array[]} */
  const chunks = [];
  await pg.execProtocolRawStream(message, {
    syncToFs: false,
    // A view of the WASM memory, valid during the call only: copied.
    onRawData: (bytes) => void chunks.push(bytes.slice()),
  });
  return chunks.length === 1 ? /** @type {Uint8Array} */ (chunks[0]) : concat(chunks);
}

function checkReady() {
  if (closed) throw new Error('PGlite is closed');
}

/**
 * Prepared statements by SQL text (and declared parameter types), most recently used last. A hit skips
 * parsing and planning (most of the time of a small query in WASM: ≈130 µs → ≈25 µs). Postgres itself
 * re-plans a statement whose tables changed; what it cannot do is change a statement's result columns
 * (`SELECT *` after ADD COLUMN fails with "cached plan must not change result type"), so every
 * statement is forgotten after DDL, and none is prepared until the transaction that ran it has ended
 * (a rollback would bring the old columns back); then all are forgotten once more. On PostgreSQL the
 * app prepares statements too.
 * @type {Map<string, { name: string, types: number[] }>}
 */
const statements = new Map();
const statementLimit = Number(workerData.statementCache ?? 0);
let nextStatement = 1;
/** Statements to close (Close messages go first in the next query's batch). @type {string[]} */
let closing = [];
/** DDL ran in a transaction that has not ended yet (by Postgres's own transaction status). */
let ddlPending = false;
const ddl = /^(CREATE|ALTER|DROP|COMMENT|GRANT|REVOKE|DO|DISCARD|DEALLOCATE|IMPORT|SECURITY|REASSIGN)\b/;

function forgetStatements() {
  for (const { name } of statements.values()) closing.push(name);
  statements.clear();
}

/** After an answer: DDL makes every prepared statement suspect. @param {Uint8Array} answer */
function noticeDdl(answer) {
  if (statementLimit === 0) return;
  const status = transactionStatus(answer);
  if (commandTags(answer).some((tag) => ddl.test(tag))) {
    forgetStatements();
    ddlPending = status !== 'I';
  } else if (ddlPending && status === 'I') {
    forgetStatements();
    ddlPending = false;
  }
}

/** Close messages for the statements forgotten since the last batch. */
function closeMessages() {
  const messages = closing.map((name) => serialize.close({ type: 'S', name }));
  closing = [];
  return messages;
}

/** @param {unknown[]} params @param {number[]} types */
function serializeParams(params, types) {
  return params.map((param, i) => {
    if (param === null || param === undefined) return null;
    const serializer = pg.serializers[/** @type {number} */ (types[i])];
    return serializer ? serializer(param) : /** @type {{ toString(): string }} */ (param).toString();
  });
}

/**
 * PGlite's `query`: Parse, Describe the statement (its parameter types choose PGlite's serializers),
 * Bind, Describe the portal, Execute, Sync, in two calls instead of PGlite's six; with a prepared
 * statement, one call without Parse. Answers Postgres's bytes.
 * @param {string} sql @param {unknown[]} params @param {number[] | undefined} paramTypes
 */
function query(sql, params, paramTypes) {
  return pg.runExclusive(async () => {
    checkReady();
    const execute = [serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync()];
    const prepare = statementLimit > 0 && !ddlPending;
    const key = paramTypes?.length ? `${sql}\u0000${paramTypes.join(',')}` : sql;
    let statement = prepare ? statements.get(key) : undefined;
    let answer;
    if (statement) {
      statements.delete(key); // most recently used last
      statements.set(key, statement);
    } else if (params.length === 0 && !prepare) {
      answer = await run(
        concat([
          ...closeMessages(),
          serialize.parse({ text: sql, types: paramTypes }),
          serialize.bind({ values: [] }),
          ...execute,
        ]),
      );
    } else {
      const name = prepare ? `trellis_${nextStatement++}` : '';
      if (prepare && statements.size >= statementLimit) {
        const [oldest] = statements;
        if (oldest) {
          statements.delete(oldest[0]);
          closing.push(oldest[1].name);
        }
      }
      const described = await run(
        concat([
          ...closeMessages(),
          serialize.parse({ text: sql, types: paramTypes, name }),
          serialize.describe({ type: 'S', name }),
        ]),
      );
      const error = firstError(described);
      if (error) {
        await run(serialize.sync());
        throw error;
      }
      statement = { name, types: parameterTypes(described) };
      if (prepare) statements.set(key, statement);
    }
    if (!answer) {
      let values;
      try {
        values = serializeParams(params, /** @type {{ types: number[] }} */ (statement).types);
      } catch (error) {
        // A value its type's serializer refuses: PGlite ends the statement with Sync and rethrows.
        await run(serialize.sync());
        throw error;
      }
      const bind = serialize.bind({ statement: /** @type {{ name: string }} */ (statement).name, values });
      answer = await run(concat([...closeMessages(), bind, ...execute]));
    }
    noticeDdl(answer);
    const error = firstError(answer);
    if (error) throw error;
    if (!inTransaction) await pg.syncToFs();
    return answer;
  });
}

/**
 * PGlite's `exec`: statements in the simple query protocol, then a Sync.
 * @param {string} sql
 */
function exec(sql) {
  return pg.runExclusive(async () => {
    checkReady();
    const answer = await run(concat([serialize.query(sql), serialize.sync()]));
    noticeDdl(answer);
    const error = firstError(answer);
    if (error) throw error;
    if (!inTransaction) await pg.syncToFs();
    return answer;
  });
}

/**
 * Runs `fn` as a statement outside any transaction (after the open one ends), or inside transaction `tx`.
 * @template T @param {number | undefined} tx @param {() => Promise<T>} fn
 */
function statement(tx, fn) {
  if (tx === undefined) return transactionLock.runExclusive(fn);
  const open = transactions.get(tx);
  if (!open || open.closed) throw new Error('Transaction is closed');
  return fn();
}

/** @param {number} id */
async function begin(id) {
  const release = await transactionLock.acquire();
  try {
    checkReady();
    await exec('BEGIN');
  } catch (error) {
    release();
    throw error;
  }
  inTransaction = true;
  transactions.set(id, { release, closed: false });
}

/**
 * Ends transaction `id` as PGlite's `transaction` does once its callback settled: COMMIT (a COMMIT
 * answered with ROLLBACK, the transaction having failed, is an error) or ROLLBACK, unless already
 * rolled back by `rollback`.
 * @param {number} id @param {boolean} commit
 */
async function end(id, commit) {
  const open = transactions.get(id);
  if (!open) throw new Error('Transaction is closed');
  transactions.delete(id);
  try {
    if (open.closed) return;
    open.closed = true;
    if (commit) {
      const [tag] = commandTags(await exec('COMMIT'));
      if (tag === 'ROLLBACK') {
        throw Object.assign(new TransactionAbortedError(), { query: 'COMMIT' });
      }
    } else {
      await exec('ROLLBACK');
    }
  } finally {
    inTransaction = false;
    open.release();
  }
}

/** @param {any} request */
async function handle(request) {
  switch (request.op) {
    case 'query':
      return statement(request.tx, () => query(request.sql, request.params, request.paramTypes));
    case 'exec':
      return statement(request.tx, () => exec(request.sql));
    case 'begin':
      return begin(request.tx);
    case 'end':
      return end(request.tx, request.commit);
    case 'rollback': {
      await statement(request.tx, () => exec('ROLLBACK'));
      const open = transactions.get(request.tx);
      if (open) open.closed = true;
      return undefined;
    }
    case 'close':
      await transactionLock.runExclusive(async () => {
        checkReady();
        closed = true;
        await pg.close();
      });
      return undefined;
    default:
      throw new Error(`Unknown request to the database worker: ${request.op}`);
  }
}

/**
 * Errors cross the thread boundary as plain objects: structured clone would keep only the message of
 * an Error. The SQLSTATE fields (`code`, `constraint`, `detail`, …) are copied.
 * @param {unknown} error
 */
function serializeError(error) {
  if (!(error instanceof Error)) return { kind: 'Error', message: String(error), fields: {} };
  /** @type {Record<string, unknown>} */
  const fields = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === undefined || typeof value === 'function' || (typeof value === 'object' && value !== null))
      continue;
    fields[key] = value;
  }
  const kind =
    error instanceof TransactionAbortedError
      ? 'TransactionAbortedError'
      : error instanceof protocol.messages.DatabaseError
        ? 'DatabaseError'
        : 'Error';
  return { kind, name: error.name, message: error.message, fields };
}

port.on('message', (request) => {
  handle(request).then(
    (result) => {
      if (result instanceof Uint8Array) port.postMessage({ id: request.id, raw: result }, [result.buffer]);
      else port.postMessage({ id: request.id });
    },
    (error) => port.postMessage({ id: request.id, error: serializeError(error) }),
  );
});

try {
  pg = await PGlite.create(dataDir, {
    extensions: { pg_trgm },
    // A data folder saved by `dumpDataDir` (tests: one migrated database, loaded instead of initdb).
    loadDataDir: snapshot ? new Blob([readFileSync(snapshot)]) : undefined,
  });
  // The main thread parses answers: it needs the array types PGlite found when it opened the
  // database (the same query as PGlite's, at the same moment), to parse arrays as PGlite does.
  const arrays = await pg.query(
    `SELECT b.oid, b.typarray FROM pg_catalog.pg_type a
     LEFT JOIN pg_catalog.pg_type b ON b.oid = a.typelem
     WHERE a.typcategory = 'A' GROUP BY b.oid, b.typarray ORDER BY b.oid`,
    [],
    { rowMode: 'array' },
  );
  port.postMessage({ ready: true, arrayTypes: arrays.rows });
} catch (error) {
  port.postMessage({ ready: false, error: serializeError(error) });
}
