import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { type Session, sendJson, sessionHeaders } from './httpSessions';
import { percentile } from './stats';

/** One HTTP request of an operation; `path` and `body` are called when the request is written. */
export interface Step {
  method: 'GET' | 'PUT' | 'POST';
  path: () => string;
  body?: () => string;
  onResponse?: (status: number, body: string) => void;
}

/** What one connection does over and over: `begin` picks the target, then the steps run in order. */
export interface Plan {
  begin?: () => void;
  steps: Step[];
}

/** One connection of a run: whose session it carries and what it does. */
export type PlanFor = (connection: number) => { session: Session; plan: Plan };

export interface Measured {
  /** Operations (requests, or whole forms) completed with every response 2xx. */
  ok: number;
  seconds: number;
  rate: number;
  p50: number;
  p99: number;
  /** The rate each server (target) delivered, when the run had several. */
  byTarget: number[];
  /** Non-2xx responses, connection errors and timeouts. */
  errors: number;
  statuses: Record<string, number>;
}

class OperationStats {
  latencies: number[] = [];
  failed = 0;
  finish(ms: number, ok: boolean) {
    if (ok) this.latencies.push(ms);
    else this.failed++;
  }
}

function requestsFor(session: Session, plan: Plan, stats: OperationStats): autocannon.Request[] {
  let started = 0;
  let failed = false;
  const last = plan.steps.length - 1;
  return plan.steps.map((step, index) => ({
    setupRequest: (request) => {
      if (index === 0) {
        plan.begin?.();
        started = performance.now();
        failed = false;
      }
      const write = step.method !== 'GET';
      return {
        ...request,
        method: step.method,
        path: step.path(),
        headers: sessionHeaders(session, write),
        body: step.body?.(),
      };
    },
    onResponse: (status, body) => {
      if (status < 200 || status >= 300) failed = true;
      step.onResponse?.(status, body);
      if (index === last) stats.finish(performance.now() - started, !failed);
    },
  }));
}

/** The targets of one run: each server with its number of connections. */
export interface Target {
  baseUrl: string;
  connections: number;
}

async function cannon(targets: Target[], seconds: number, planFor: PlanFor) {
  const perTarget = targets.map(() => new OperationStats());
  let offset = 0;
  const runs = targets.map((target, t) => {
    const stats = perTarget[t]!;
    const first = offset;
    offset += target.connections;
    let next = first;
    return autocannon({
      url: target.baseUrl,
      connections: target.connections,
      duration: seconds,
      timeout: 30,
      renderProgressBar: false,
      renderResultsTable: false,
      renderLatencyTable: false,
      setupClient: (client) => {
        const { session, plan } = planFor(next++);
        client.setRequests(requestsFor(session, plan, stats));
      },
    });
  });
  const results = await Promise.all(runs);
  return { perTarget, results };
}

/**
 * Runs a warm-up (not counted), then the timed run, over all targets at once (autocannon, one
 * instance per target, each connection with its own session from `planFor`).
 */
export async function runLoad(options: {
  targets: Target[];
  warmupSeconds: number;
  seconds: number;
  planFor: PlanFor;
  /** After the warm-up and after the timed run (e.g. to read back what in-flight requests changed). */
  afterRun?: () => Promise<void>;
}): Promise<Measured> {
  if (options.warmupSeconds > 0) {
    await cannon(options.targets, options.warmupSeconds, options.planFor);
    await options.afterRun?.();
  }
  const { perTarget, results } = await cannon(options.targets, options.seconds, options.planFor);
  await options.afterRun?.();
  const seconds = Math.max(...results.map((r) => r.duration));
  const statuses: Record<string, number> = {};
  let errors = 0;
  for (const result of results) {
    errors += result.non2xx + result.errors + result.timeouts;
    for (const [status, { count }] of Object.entries(result.statusCodeStats))
      statuses[status] = (statuses[status] ?? 0) + count;
    if (result.errors + result.timeouts > 0)
      statuses.connection = (statuses.connection ?? 0) + result.errors + result.timeouts;
  }
  const sorted = perTarget.flatMap((stats) => stats.latencies).sort((a, b) => a - b);
  return {
    ok: sorted.length,
    seconds,
    rate: sorted.length / seconds,
    byTarget: perTarget.map((stats) => stats.latencies.length / seconds),
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    errors,
    statuses,
  };
}

/* ---------- saving a whole manager form ---------- */

interface StoredAnswer {
  questionId: string;
  version: number;
}

/**
 * How the server saves a form: one request with every answer (the batch route, when the server has
 * it), or one request per answer (`PUT …/answers/:questionId`), in sequence.
 */
export type SaveMode = { kind: 'batch'; wrapped: boolean } | { kind: 'single' };

/**
 * Looks for `PUT /api/review-forms/{formId}/answers` in the server's OpenAPI document and reads
 * whether its body is `{ answers: [...] }` or a bare array of `{ questionId, rating, text, version }`.
 */
export async function detectSaveMode(baseUrl: string): Promise<SaveMode> {
  const response = await fetch(`${baseUrl}/api/openapi.json`, { signal: AbortSignal.timeout(30_000) });
  if (response.status !== 200) throw new Error(`GET /api/openapi.json answered ${response.status}`);
  const document = (await response.json()) as {
    paths: Record<
      string,
      Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>
    >;
  };
  const route = document.paths['/api/review-forms/{formId}/answers']?.put;
  if (!route) return { kind: 'single' };
  const schema = route.requestBody?.content?.['application/json']?.schema;
  const items = schema?.type === 'array' ? schema.items : schema?.properties?.answers?.items;
  const fields = Object.keys(items?.properties ?? {});
  if (!items || !fields.includes('questionId') || !fields.includes('version'))
    throw new Error(
      `PUT /api/review-forms/{formId}/answers takes a body this benchmark does not know: ${JSON.stringify(schema)}`,
    );
  return { kind: 'batch', wrapped: schema?.type !== 'array' };
}

interface Schema {
  type?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
}

/** The answers a save response carries, wherever the batch route puts them. */
function answersIn(body: unknown): StoredAnswer[] | null {
  const candidates = [
    body,
    (body as { answers?: unknown })?.answers,
    (body as { items?: unknown })?.items,
    (body as { form?: { answers?: unknown } })?.form?.answers,
    (body as { forms?: { kind?: string; answers?: unknown }[] })?.forms?.find((f) => f.kind === 'manager')
      ?.answers,
  ];
  for (const candidate of candidates) {
    if (Array.isArray(candidate) && candidate.every((a) => typeof a?.questionId === 'string'))
      return candidate as StoredAnswer[];
  }
  return null;
}

/**
 * The answer versions of every form the benchmark saves, kept from the responses so each save names
 * the version it edits (a connection owns its forms, so no save should ever meet a 409).
 */
export class FormBook {
  private readonly versions = new Map<string, Map<string, number>>();
  private readonly saves = new Map<string, number>();

  constructor(
    readonly questionIds: string[],
    readonly mode: SaveMode,
  ) {}

  version(formId: string, questionId: string) {
    return this.versions.get(formId)?.get(questionId) ?? 0;
  }

  private record(formId: string, answers: StoredAnswer[]) {
    const map = this.versions.get(formId) ?? new Map<string, number>();
    for (const answer of answers) map.set(answer.questionId, Number(answer.version));
    this.versions.set(formId, map);
  }

  /** A rating from 1 to 5 that changes on every save of the form, so every save writes something. */
  nextRating(formId: string) {
    const n = (this.saves.get(formId) ?? 0) + 1;
    this.saves.set(formId, n);
    return (n % 5) + 1;
  }

  /** The requests of one whole-form save of `formId()` (the form is picked by the plan's begin). */
  steps(formId: () => string): Step[] {
    let rating = 1;
    if (this.mode.kind === 'batch') {
      const wrapped = this.mode.wrapped;
      return [
        {
          method: 'PUT',
          path: () => {
            rating = this.nextRating(formId());
            return `/api/review-forms/${formId()}/answers`;
          },
          body: () => {
            const answers = this.questionIds.map((questionId) => ({
              questionId,
              rating,
              version: this.version(formId(), questionId),
            }));
            return JSON.stringify(wrapped ? { answers } : answers);
          },
          onResponse: (status, body) => this.afterBatch(formId(), status, body),
        },
      ];
    }
    return this.questionIds.map((questionId, index) => ({
      method: 'PUT' as const,
      path: () => {
        if (index === 0) rating = this.nextRating(formId());
        return `/api/review-forms/${formId()}/answers/${questionId}`;
      },
      body: () => JSON.stringify({ rating, version: this.version(formId(), questionId) }),
      onResponse: (status: number, body: string) => this.afterSingle(formId(), questionId, status, body),
    }));
  }

  private afterBatch(formId: string, status: number, text: string) {
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      return;
    }
    const answers = answersIn(body);
    if (answers) this.record(formId, answers);
    else if (status === 200)
      // A response without the answers: each saved answer went one version up.
      this.record(
        formId,
        this.questionIds.map((questionId) => ({ questionId, version: this.version(formId, questionId) + 1 })),
      );
    // A 409 names the stale answers with what is stored now (and the ones it saved all the same).
    type Conflict = { questionId?: string; current?: { version?: number }; currentVersion?: number };
    const partial = body as { saved?: unknown; conflicts?: Conflict[]; error?: { conflicts?: Conflict[] } };
    const saved = answersIn(partial?.saved);
    if (saved) this.record(formId, saved);
    for (const conflict of [...(partial?.conflicts ?? []), ...(partial?.error?.conflicts ?? [])]) {
      const version = conflict.current?.version ?? conflict.currentVersion;
      if (typeof conflict.questionId === 'string' && typeof version === 'number')
        this.record(formId, [{ questionId: conflict.questionId, version }]);
    }
  }

  /**
   * Reads the stored versions of these forms back from the server, as their manager: a run that
   * ends drops the answers of the requests still in flight, whose saves the server still makes
   * (possibly after a first read, when saves queue), so it reads until two reads agree.
   */
  async resync(
    managers: { session: Session; reviews: { reviewId: string; managerFormId: string }[] }[],
    baseUrl: string,
  ) {
    for (let round = 0; round < 20; round++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      let changed = false;
      for (const { session, reviews } of managers) {
        for (const { reviewId, managerFormId } of reviews) {
          const stored = await managerFormAnswers(baseUrl, session, reviewId);
          changed ||= stored.some((a) => a.version !== this.version(managerFormId, a.questionId));
          this.record(managerFormId, stored);
        }
      }
      if (!changed) return;
    }
    throw new Error('The stored answer versions kept changing after the run ended.');
  }

  private afterSingle(formId: string, questionId: string, status: number, text: string) {
    try {
      const body = JSON.parse(text) as { version?: number; current?: { version?: number } };
      const version = status === 200 ? body.version : body.current?.version;
      if (typeof version === 'number') this.record(formId, [{ questionId, version }]);
    } catch {
      // not JSON: nothing to learn
    }
  }

  /** One whole-form save outside autocannon (the check before timing, the simultaneous saves). */
  async save(
    baseUrl: string,
    session: Session,
    formId: string,
  ): Promise<{ ok: boolean; statuses: number[] }> {
    const statuses: number[] = [];
    for (const step of this.steps(() => formId)) {
      const path = step.path();
      const body = step.body?.();
      const response = await fetch(baseUrl + path, {
        method: step.method,
        headers: sessionHeaders(session, true),
        body,
        signal: AbortSignal.timeout(60_000),
      });
      const text = await response.text();
      step.onResponse?.(response.status, text);
      statuses.push(response.status);
    }
    return { ok: statuses.every((s) => s >= 200 && s < 300), statuses };
  }
}

/** The manager form's answers as its author reads them (`GET /api/reviews/:id`). */
export async function managerFormAnswers(baseUrl: string, session: Session, reviewId: string) {
  const { status, body } = await sendJson(baseUrl, session, 'GET', `/api/reviews/${reviewId}`);
  if (status !== 200) throw new Error(`GET /api/reviews/${reviewId} answered ${status}`);
  const form = (body as { forms: { kind: string; answers: StoredAnswer[] | null }[] }).forms.find(
    (f) => f.kind === 'manager',
  );
  return (form?.answers ?? []) as (StoredAnswer & { rating: number | null })[];
}

/* ---------- samplers ---------- */

/** The 1-minute load average, every second until stopped. */
export function sampleLoad() {
  const samples = [loadavg()[0]!];
  const timer = setInterval(() => samples.push(loadavg()[0]!), 1_000);
  timer.unref();
  return () => {
    clearInterval(timer);
    samples.push(loadavg()[0]!);
    return { min: Math.min(...samples), max: Math.max(...samples) };
  };
}
