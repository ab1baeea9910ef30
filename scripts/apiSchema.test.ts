import { describe, expect, it } from 'vitest';
import { apiTypesProblem, renderApiTypes } from './apiSchema';

const document = {
  openapi: '3.1.0',
  info: { title: 'test', version: '1' },
  paths: {
    '/api/b': {
      get: {
        responses: {
          200: { description: 'ok', content: { 'application/json': { schema: { type: 'string' } } } },
        },
      },
    },
    '/api/a': {
      get: {
        responses: {
          200: {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { z: { type: 'number' }, y: { type: 'string' } } },
              },
            },
          },
        },
      },
    },
  },
};

describe('generated API types', () => {
  it('are the same text for the same routes whatever order they were registered in', async () => {
    const reordered = {
      ...document,
      paths: { '/api/a': document.paths['/api/a'], '/api/b': document.paths['/api/b'] },
    };
    const text = await renderApiTypes(document);
    expect(await renderApiTypes(reordered)).toBe(text);
    expect(text.indexOf('"/api/a"')).toBeLessThan(text.indexOf('"/api/b"'));
    expect(text).toContain('npm run api:generate');
  });

  it('are reported stale, with the command to run, when the checked-in file differs', async () => {
    const current = await renderApiTypes(document);
    expect(apiTypesProblem(current, current)).toBeNull();
    const stale = current.replace('z?: number', 'z?: string');
    expect(stale).not.toBe(current);
    expect(apiTypesProblem(stale, current)).toMatch(/out of step[\s\S]*Run: npm run api:generate/);
  });
});
