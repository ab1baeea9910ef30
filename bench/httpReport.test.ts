import { describe, expect, it } from 'vitest';
import {
  type DatabaseFigures,
  type HttpBenchResult,
  renderHttpSection,
  type ScenarioFigure,
} from './httpReport';

const figure = (scenario: ScenarioFigure['scenario'], connections: number, rate: number, p99: number) => ({
  scenario,
  connections,
  ok: rate * 10,
  seconds: 10,
  rate,
  byTarget: [rate],
  p50: p99 / 3,
  p99,
  errors: 0,
  statuses: { 200: rate * 10 },
  load: { min: 0.5, max: 0.8 },
});

function result(label: 'before' | 'after', rate: number, saveMode: 'batch' | 'single'): HttpBenchResult {
  const postgres: DatabaseFigures = {
    kind: 'postgresql',
    version: '15.20',
    people: 5000,
    reviews: 4500,
    selfSubmitted: 400,
    seedSeconds: 1,
    launchSeconds: 1,
    saveMode,
    scenarios: [figure('people-list', 1, rate / 2, 10), figure('people-list', 8, rate, 40)],
    burst: null,
    twoInstances: [
      {
        scenario: 'profile',
        oneInstance: figure('profile', 16, rate, 20),
        twoInstances: figure('profile', 16, rate * 1.5, 20),
      },
    ],
  };
  return {
    label,
    commit: label === 'before' ? '3cd1a6f' : 'abc1234',
    dirty: false,
    dirtyFiles: [],
    startedAt: '2026-12-01T10:00:00.000Z',
    finishedAt: '2026-12-01T10:10:00.000Z',
    node: '20.20.2',
    cpus: 2,
    options: {
      people: 5000,
      reviews: 4500,
      seconds: 10,
      warmupSeconds: 2,
      connections: [1, 8],
      logLevel: 'warn',
    },
    load: { min: 0.5, max: 0.9 },
    databases: [postgres],
  };
}

describe('the HTTP load section', () => {
  it('puts before and after side by side with the target and the verdict at 8 connections', () => {
    const markdown = renderHttpSection({
      before: result('before', 100, 'single'),
      after: result('after', 600, 'batch'),
    });
    expect(markdown).toContain(
      '| List 50 people | PostgreSQL | 8 | 100 req/s · 13.3 / 40.0 ms | 600 req/s · 13.3 / 40.0 ms | met | ≥500 req/s, p99 < 50 ms | 6.9 req/s |',
    );
    expect(markdown).toContain(
      '| Profile (random person) | after | 600 req/s · 6.7 / 20.0 ms | 900 req/s · 6.7 / 20.0 ms | 1.50 |',
    );
    expect(markdown).toContain('saves as 5 single-answer requests per form');
    expect(markdown).not.toContain('Short validation run');
  });

  it('renders without results, and marks a short run as a validation run', () => {
    expect(renderHttpSection({})).toContain('_No results yet: run the benchmark._');
    const short = result('after', 100, 'batch');
    short.options.seconds = 2;
    expect(renderHttpSection({ after: short })).toContain('Short validation run');
    expect(renderHttpSection({ after: short })).toContain('missed (rate)');
  });
});
