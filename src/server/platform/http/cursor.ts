/**
 * Opaque keyset cursors: the sort key of a page's last row, as base64url JSON. Clients pass back the
 * `nextCursor` they were given and never read it.
 */
export function encodeCursor(parts: string[]) {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** The cursor's parts, or an empty list when it is not one of ours. */
export function decodeCursor(cursor: string): string[] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a cursor part is a row id: a forged cursor gets a field error, not a database error. */
export const isUuid = (value: string | undefined): value is string => uuidPattern.test(value ?? '');
