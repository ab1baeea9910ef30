/**
 * The pure parts of the form pattern (no React, no DOM), so they can be unit-tested: combining the
 * contract's errors with a screen's own rules, and deciding where a failed save's message goes.
 */

/** Field path → message, as @mantine/form keeps them. */
export type FieldErrors = Record<string, unknown>;

/**
 * The contract's errors first (they are the server's rules), then the screen's own extra rules for
 * fields the contract left alone or words it wants to say better (`override`).
 */
export function mergeErrors(contract: FieldErrors, extra: FieldErrors, override = false): FieldErrors {
  const merged: FieldErrors = { ...contract };
  for (const [path, message] of Object.entries(extra)) {
    if (message === undefined || message === null || message === false) continue;
    if (override || !(path in merged)) merged[path] = message;
  }
  return merged;
}

/** Server field names the form holds (by top-level name or full path) and the ones it does not. */
export function placeServerFields(
  serverFields: Record<string, string>,
  formFields: readonly string[],
): { placed: string[]; unplaced: string[] } {
  const known = new Set(formFields);
  const placed: string[] = [];
  const unplaced: string[] = [];
  for (const field of Object.keys(serverFields)) {
    (known.has(field) ? placed : unplaced).push(field);
  }
  return { placed, unplaced };
}

/**
 * Whether a failed save needs the general error banner: always, unless every message the server
 * sent found its input (a message for a field the form does not show must not get lost).
 */
export function needsGeneralError(
  error: unknown,
  serverFields: Record<string, string> | null,
  formFields: readonly string[],
): boolean {
  if (error === null || error === undefined) return false;
  if (!serverFields || Object.keys(serverFields).length === 0) return true;
  return placeServerFields(serverFields, formFields).unplaced.length > 0;
}
