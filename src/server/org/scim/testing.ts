import { ScimError } from './errors';

/** The `scimType` a call fails with, or "no error": lets a test state the refusal in one line. */
export function scimTypeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ScimError) return error.scimType;
    throw error;
  }
  return 'no error';
}
