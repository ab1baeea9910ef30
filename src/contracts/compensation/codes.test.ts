import { describe, expect, it } from 'vitest';
import { isIssueCode } from '../issues';
import { compensationCodes } from './codes';

describe('compensation issue codes', () => {
  it('each has a text in the issue catalogue, so the web app can translate it', () => {
    const missing = Object.values(compensationCodes).filter((code) => !isIssueCode(code));
    expect(missing).toEqual([]);
  });
});
