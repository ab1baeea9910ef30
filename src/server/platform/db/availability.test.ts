import { describe, expect, it } from 'vitest';
import { AppError, translateDatabaseError } from '../errors/appError';
import { isDatabaseUnavailableError } from './availability';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });
/** How Drizzle wraps a driver error. */
const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: select 1'), { cause });

describe('isDatabaseUnavailableError', () => {
  it.each([
    ['refused', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['reset', withCode('ECONNRESET', 'read ECONNRESET')],
    ['admin shutdown (pg_terminate_backend, restart)', withCode('57P01')],
    ['crash shutdown', withCode('57P02')],
    ['cannot connect now (starting up)', withCode('57P03')],
    ['too many connections', withCode('53300')],
    ['connection exception class 08', withCode('08006')],
    ['connection does not exist', withCode('08003')],
    ['terminated unexpectedly', new Error('Connection terminated unexpectedly')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['connect timeout', new Error('Connection terminated due to connection timeout')],
    ['client broken', new Error('Client has encountered a connection error and is not queryable')],
    ['wrapped by Drizzle', wrapped(withCode('57P01'))],
    ['several addresses refused', new AggregateError([withCode('ECONNREFUSED')], '')],
  ])('%s', (_name, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(true);
  });

  it.each([
    ['unique violation', withCode('23505')],
    ['syntax error', withCode('42601')],
    ['serialization failure', withCode('40001')],
    ['query cancelled by statement timeout', withCode('57014')],
    ['plain error', new Error('boom')],
    ['not an error', 'Connection terminated'],
    ['nothing', undefined],
  ])('not for %s', (_name, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(false);
  });

  it('survives a cause cycle', () => {
    const a: Error & { cause?: unknown } = new Error('a');
    a.cause = wrapped(a);
    expect(isDatabaseUnavailableError(a)).toBe(false);
  });
});

describe('translateDatabaseError', () => {
  it('turns a lost connection into 503 database_unavailable', () => {
    const translated = translateDatabaseError(wrapped(new Error('Connection terminated unexpectedly')));
    expect(translated).toBeInstanceOf(AppError);
    expect((translated as AppError).code).toBe('database_unavailable');
    expect((translated as AppError).status).toBe(503);
  });
});
