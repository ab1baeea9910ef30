import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { queryBoolean } from './common';

const query = z.object({ flag: queryBoolean.default(false) });

describe('queryBoolean', () => {
  it.each([
    ['true', true],
    ['1', true],
    ['false', false],
    ['0', false],
  ])('reads %s as %s', (text, value) => {
    expect(query.parse({ flag: text })).toEqual({ flag: value });
  });

  it('takes the default when the parameter is absent', () => {
    expect(query.parse({})).toEqual({ flag: false });
  });

  it.each(['maybe', 'TRUE', 'yes', '', ' true', '2'])('refuses %j on the field with valueInvalid', (text) => {
    const parsed = query.safeParse({ flag: text });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['flag', 'valueInvalid'],
    ]);
  });

  it('refuses a repeated parameter', () => {
    expect(query.safeParse({ flag: ['true', 'false'] }).success).toBe(false);
  });

  it('describes itself to OpenAPI as a boolean', () => {
    expect(z.toJSONSchema(query, { io: 'input' }).properties?.flag).toMatchObject({ type: 'boolean' });
  });
});
