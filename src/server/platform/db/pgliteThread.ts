import { Worker } from 'node:worker_threads';
import {
  messages,
  type QueryOptions,
  type Results,
  type Transaction,
  TransactionAbortedError,
  types,
} from '@electric-sql/pglite';
import { query as queryTemplate } from '@electric-sql/pglite/template';

/**
 * PGlite in a worker thread. In-process PGlite runs Postgres (WASM) and its protocol layer on the event
 * loop, so while it answers one query no HTTP work happens, and N connections serve no more than one.
 * Here Postgres runs in a worker (`pgliteWorker.mjs`), which sends back the bytes Postgres wrote; this
 * thread parses them (rows and types, as PGlite does) while the worker runs the next query.
 *
 * `PgliteThreadClient` offers the part of PGlite's interface that Drizzle's `pglite` driver uses
 * (`query`, `exec`, `transaction`, `close`), with the same behaviour:
 * - the worker keeps PGlite's locking: a query outside the open transaction waits for it to end;
 *   queries of the transaction run inside it, in call order;
 * - results are PGlite's: same row modes, same parsers (PGlite's own, with the array types it found
 *   when the database opened), a caller's `parsers` applied on top;
 * - errors keep their class (PGlite's `DatabaseError`) and SQLSTATE fields: `code`, `constraint`,
 *   `detail`, `table`, `column`, …, plus `query`, `params` and `queryOptions` as PGlite sets them;
 * - a worker that dies fails every pending and later call with `PgliteWorkerStoppedError`.
 * The worker also keeps statements prepared (by SQL text, forgotten after DDL; see `pgliteWorker.mjs`),
 * which skips Postgres's parsing and planning: the larger part of the time of a small query.
 * Not supported (Drizzle does not use them): `serializers`, `blob` and `onNotice` options, LISTEN.
 * `@electric-sql/pglite/worker` is not an option in Node 20: it is built for browser Web Workers
 * (`navigator.locks`, which Node 20 lacks, BroadcastChannel, tab leader election).
 */

/** Every call after the worker ended (crashed, or was closed) fails with this. */
export class PgliteWorkerStoppedError extends Error {
  override name = 'PgliteWorkerStoppedError';
}

interface SerializedError {
  kind: 'DatabaseError' | 'TransactionAbortedError' | 'Error';
  name?: string;
  message: string;
  fields: Record<string, unknown>;
}

type Request =
  | { op: 'query'; sql: string; params: unknown[]; paramTypes?: number[]; tx?: number }
  | { op: 'exec'; sql: string; tx?: number }
  | { op: 'begin' | 'rollback'; tx: number }
  | { op: 'end'; tx: number; commit: boolean }
  | { op: 'close' };

/** What PGlite puts on the errors of a statement. */
interface ErrorContext {
  query: string;
  params?: unknown[];
  options?: QueryOptions;
}

interface Pending {
  resolve(value: Uint8Array | undefined): void;
  reject(error: unknown): void;
  context?: ErrorContext;
}

type Parser = (value: string, type?: number) => unknown;
type Parsers = Record<number, Parser>;

const workerUrl = new URL('./pgliteWorker.mjs', import.meta.url);

/** Prepared statements the worker keeps unless told otherwise (`TRELLIS_PGLITE_STATEMENT_CACHE`). */
const DEFAULT_STATEMENT_CACHE = 256;

export class PgliteThreadClient {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private nextTransaction = 1;
  private stopped: PgliteWorkerStoppedError | null = null;
  private closing: Promise<void> | null = null;

  private constructor(
    private readonly worker: Worker,
    /** PGlite's parsers by type, array types included. */
    private readonly parsers: Parsers,
  ) {
    worker.on('message', (message: { id: number; raw?: Uint8Array; error?: SerializedError }) => {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.settled(message.id);
      if (message.error) waiting.reject(deserializeError(message.error, waiting.context));
      else waiting.resolve(message.raw);
    });
    worker.on('error', (error) => {
      this.stop(
        new PgliteWorkerStoppedError(`The embedded database stopped: ${error.message}`, { cause: error }),
      );
    });
    worker.on('exit', (code) => {
      this.stop(
        new PgliteWorkerStoppedError(
          this.closing ? 'PGlite is closed' : `The embedded database stopped (worker exit code ${code}).`,
        ),
      );
    });
    // Like in-process PGlite, an idle database keeps no process alive; a pending call does (see `call`).
    worker.unref();
  }

  /**
   * Starts the worker and opens the database in `dataDir` (`memory://` for one in memory).
   * `statementCache`: how many statements the worker keeps prepared (0: none; see `pgliteWorker.mjs`).
   * `snapshot`: a file written by PGlite's `dumpDataDir` to start from instead of an empty database.
   */
  static async open(
    dataDir: string,
    {
      statementCache = DEFAULT_STATEMENT_CACHE,
      snapshot,
    }: { statementCache?: number; snapshot?: string } = {},
  ): Promise<PgliteThreadClient> {
    const worker = new Worker(workerUrl, { workerData: { dataDir, statementCache, snapshot } });
    const arrayTypes = await new Promise<[number, number][]>((resolve, reject) => {
      const onMessage = (message: {
        ready?: boolean;
        arrayTypes?: [number, number][];
        error?: SerializedError;
      }) => {
        if (message.ready === undefined) return;
        worker.off('error', onError).off('exit', onExit).off('message', onMessage);
        if (message.ready) resolve(message.arrayTypes!);
        else {
          reject(deserializeError(message.error!));
          void worker.terminate();
        }
      };
      const onError = (error: Error) => reject(error);
      const onExit = (code: number) =>
        reject(
          new PgliteWorkerStoppedError(`The embedded database did not start (worker exit code ${code}).`),
        );
      worker.on('message', onMessage).once('error', onError).once('exit', onExit);
    });
    // As PGlite's `_initArrayTypes`: an array type parses its elements with its element type's parser.
    const parsers: Parsers = { ...(types.parsers as Parsers) };
    for (const [oid, arrayOid] of arrayTypes) {
      parsers[arrayOid] = (value) => types.arrayParser(value, parsers[oid] as Parser, arrayOid);
    }
    return new PgliteThreadClient(worker, parsers);
  }

  get closed(): boolean {
    return this.stopped !== null;
  }

  query<T>(sql: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> {
    return this.runQuery<T>(sql, params, options);
  }

  sql<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<Results<T>> {
    const { query, params } = queryTemplate(strings, ...values);
    return this.runQuery<T>(query, params);
  }

  exec(sql: string, options?: QueryOptions): Promise<Results[]> {
    return this.runExec(sql, options);
  }

  /**
   * Runs `callback` in a transaction held open in the worker: BEGIN, its queries, then COMMIT if it
   * resolves or ROLLBACK if it throws (its error is rethrown), exactly as PGlite's `transaction`.
   */
  async transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    const id = this.nextTransaction++;
    await this.call({ op: 'begin', tx: id }, { query: 'BEGIN' });
    let closed = false;
    const checkClosed = () => {
      if (closed) throw new Error('Transaction is closed');
    };
    const tx: Transaction = {
      query: async <R>(sql: string, params?: unknown[], options?: QueryOptions) => {
        checkClosed();
        return this.runQuery<R>(sql, params ?? [], options, id);
      },
      sql: async <R>(strings: TemplateStringsArray, ...values: unknown[]) => {
        checkClosed();
        const { query, params } = queryTemplate(strings, ...values);
        return this.runQuery<R>(query, params, undefined, id);
      },
      exec: async (sql: string, options?: QueryOptions) => {
        checkClosed();
        return this.runExec(sql, options, id);
      },
      rollback: async () => {
        checkClosed();
        await this.call({ op: 'rollback', tx: id }, { query: 'ROLLBACK' });
        closed = true;
      },
      listen: async () => {
        throw new Error('LISTEN is not available through the database worker.');
      },
      get closed() {
        return closed;
      },
    };
    let result: T;
    try {
      result = await callback(tx);
    } catch (error) {
      closed = true;
      await this.call({ op: 'end', tx: id, commit: false }, { query: 'ROLLBACK' });
      throw error;
    }
    closed = true;
    await this.call({ op: 'end', tx: id, commit: true }, { query: 'COMMIT' });
    return result;
  }

  /** Closes the database (after the calls already made) and ends the worker. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      try {
        if (!this.stopped) await this.call({ op: 'close' });
      } finally {
        await this.worker.terminate();
      }
    })();
    return this.closing;
  }

  private async runQuery<T>(sql: string, params: unknown[], options?: QueryOptions, tx?: number) {
    checkOptions(options);
    const raw = await this.call(
      { op: 'query', sql, params, paramTypes: options?.paramTypes, tx },
      { query: sql, params, options },
    );
    return parseResults(raw, this.parsers, options)[0] as Results<T>;
  }

  private async runExec(sql: string, options?: QueryOptions, tx?: number) {
    checkOptions(options);
    const raw = await this.call({ op: 'exec', sql, tx }, { query: sql, options });
    return parseResults(raw, this.parsers, options);
  }

  private call(request: Request, context?: ErrorContext): Promise<Uint8Array | undefined> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      // A call in flight keeps the process alive, as an awaited in-process query would.
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject, context });
      try {
        this.worker.postMessage({ id, ...request });
      } catch (error) {
        // Parameters structured clone cannot copy (a function, a symbol).
        this.settled(id);
        reject(error);
      }
    });
  }

  private settled(id: number) {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }

  private stop(error: PgliteWorkerStoppedError) {
    if (this.stopped) return;
    this.stopped = error;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const waiting of pending) waiting.reject(error);
  }
}

function checkOptions(options: QueryOptions | undefined) {
  if (options?.serializers || options?.blob || options?.onNotice) {
    throw new Error('The database worker does not take serializers, blobs or notice callbacks.');
  }
}

const decoder = new TextDecoder();
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

/**
 * A field's text as PGlite reads it: a UTF-8 TextDecoder per field, which drops a leading byte order
 * mark (so a value starting with U+FEFF loses it in-process too). Buffer decoding is much faster for
 * the short values of a row; the mark is checked for by hand.
 */
function text(buffer: Buffer, start: number, end: number): string {
  if (
    end - start >= 3 &&
    buffer[start] === BYTE_ORDER_MARK[0] &&
    buffer[start + 1] === BYTE_ORDER_MARK[1] &&
    buffer[start + 2] === BYTE_ORDER_MARK[2]
  ) {
    return decoder.decode(buffer.subarray(start, end));
  }
  return buffer.toString('utf8', start, end);
}

/**
 * PGlite's `parseResults` over the bytes Postgres answered: a result per CommandComplete with the
 * rows since the last RowDescription, `command`, `affectedRows` (summed) and `rowCount`.
 */
function parseResults(
  raw: Uint8Array | undefined,
  parsers: Parsers,
  options: QueryOptions | undefined,
): Results[] {
  const rowMode = options?.rowMode;
  const override = options?.parsers as Parsers | undefined;
  const results: Results[] = [];
  let current: Results = { rows: [], fields: [] };
  let affectedRows = 0;
  if (raw && raw.length > 0) {
    const buffer = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let fieldParsers: (Parser | undefined)[] = [];
    let unsafeNames = false;
    for (let offset = 0; offset + 5 <= buffer.length; ) {
      const type = buffer[offset];
      const length = buffer.readInt32BE(offset + 1);
      const end = offset + 1 + length;
      let at = offset + 5;
      if (type === 0x44 /* D: DataRow */) {
        const count = buffer.readInt16BE(at);
        at += 2;
        const { fields } = current;
        if (rowMode === 'array') {
          const row = new Array(count);
          for (let i = 0; i < count; i++) {
            const size = buffer.readInt32BE(at);
            at += 4;
            if (size === -1) row[i] = null;
            else {
              const value = text(buffer, at, at + size);
              at += size;
              const parse = fieldParsers[i];
              row[i] = parse ? parse(value, fields[i]!.dataTypeID) : value;
            }
          }
          current.rows.push(row);
        } else if (unsafeNames) {
          // A column named `__proto__`: Object.fromEntries, as PGlite, makes it an own property.
          const entries: [string, unknown][] = [];
          for (let i = 0; i < count; i++) {
            const size = buffer.readInt32BE(at);
            at += 4;
            let value: unknown = null;
            if (size !== -1) {
              const field = text(buffer, at, at + size);
              at += size;
              const parse = fieldParsers[i];
              value = parse ? parse(field, fields[i]!.dataTypeID) : field;
            }
            entries.push([fields[i]!.name, value]);
          }
          current.rows.push(Object.fromEntries(entries));
        } else {
          const row: Record<string, unknown> = {};
          for (let i = 0; i < count; i++) {
            const size = buffer.readInt32BE(at);
            at += 4;
            let value: unknown = null;
            if (size !== -1) {
              const field = text(buffer, at, at + size);
              at += size;
              const parse = fieldParsers[i];
              value = parse ? parse(field, fields[i]!.dataTypeID) : field;
            }
            row[fields[i]!.name] = value;
          }
          current.rows.push(row);
        }
      } else if (type === 0x54 /* T: RowDescription */) {
        const count = buffer.readInt16BE(at);
        at += 2;
        const fields: Results['fields'] = [];
        for (let i = 0; i < count; i++) {
          const nameEnd = buffer.indexOf(0, at);
          const name = text(buffer, at, nameEnd);
          at = nameEnd + 1 + 6; // table oid, column number
          const dataTypeID = buffer.readInt32BE(at);
          at += 4 + 2 + 4 + 2; // type, size, modifier, format
          fields.push({ name, dataTypeID });
        }
        current.fields = fields;
        // PGlite merges the caller's parsers over its own: `{ ...parsers, ...options.parsers }`.
        fieldParsers = fields.map((field) => override?.[field.dataTypeID] ?? parsers[field.dataTypeID]);
        unsafeNames = fields.some((field) => field.name === '__proto__');
      } else if (type === 0x43 /* C: CommandComplete */) {
        const tag = text(buffer, at, end - 1);
        const parts = tag.split(' ');
        const command = parts[0]!;
        const rowCount = Number.parseInt(parts[parts.length - 1]!, 10);
        if (['INSERT', 'UPDATE', 'DELETE', 'COPY', 'MERGE'].includes(command)) affectedRows += rowCount;
        const result: Results = { ...current, command, affectedRows } as Results;
        if (!Number.isNaN(rowCount)) (result as { rowCount?: number }).rowCount = rowCount;
        results.push(result);
        current = { rows: [], fields: [] };
      }
      offset = end;
    }
  }
  if (results.length === 0) results.push({ affectedRows: 0, rows: [], fields: [] });
  return results;
}

function deserializeError(serialized: SerializedError, context?: ErrorContext): Error {
  const { kind, name, message, fields } = serialized;
  let error: Error;
  if (kind === 'TransactionAbortedError') error = new TransactionAbortedError();
  else if (kind === 'DatabaseError')
    error = new messages.DatabaseError(message, Number(fields.length ?? 0), 'error');
  else {
    error = new Error(message);
    if (name) error.name = name;
  }
  Object.assign(error, fields);
  error.message = message;
  // PGlite puts the statement, its parameters and options on the errors Postgres answers.
  if (error instanceof messages.DatabaseError && context) {
    Object.assign(error, { query: context.query, params: context.params, queryOptions: context.options });
  }
  return error;
}
