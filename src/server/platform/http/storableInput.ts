import type { FastifyInstance } from 'fastify';
import { issue } from '../../../contracts/issues';
import { validationFailed } from '../errors/appError';

/**
 * A NUL (U+0000) or a UTF-16 surrogate without its partner. PostgreSQL refuses NUL in `text` and in
 * `jsonb`, and a lone surrogate has no UTF-8 form: the drivers either fail (`jsonb`) or silently store
 * U+FFFD (`text`). Without the `u` flag the pattern looks at UTF-16 code units, which is what we need.
 */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isStorableText = (text: string) => !text.includes('\u0000') && !loneSurrogate.test(text);

/**
 * Where in `input` a string (value or object key) holds something PostgreSQL cannot store, as the
 * field name the validation errors use (`answers.0.text`); `part` when it is the input itself. Walks
 * with its own stack, so a deeply nested body cannot overflow the call stack.
 */
export function findUnstorableText(input: unknown, part: string): string | null {
  // Each entry points to its parent, so the walk stays linear however deep the input nests.
  type Entry = { value: unknown; key: string | number | null; parent: Entry | null };
  const nameOf = (entry: Entry) => {
    const path: (string | number)[] = [];
    for (let at: Entry | null = entry; at && at.key !== null; at = at.parent) path.push(at.key);
    return path.length > 0 ? path.reverse().join('.') : part;
  };
  const stack: Entry[] = [{ value: input, key: null, parent: null }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { value, key, parent } = entry;
    // A bad key is reported on the object that holds it: the key itself is no usable field name.
    if (typeof key === 'string' && parent && !isStorableText(key)) return nameOf(parent);
    if (typeof value === 'string') {
      if (!isStorableText(value)) return nameOf(entry);
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--)
        stack.push({ value: value[index], key: index, parent: entry });
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [childKey, child] = entries[index]!;
        stack.push({ value: child, key: childKey, parent: entry });
      }
    }
  }
  return null;
}

/**
 * Rejects NUL bytes and lone surrogates in every route's params, query string and body, before the
 * route's own (zod) validation: 400 `validation_failed` with `fields` naming the field, the same
 * shape zod failures get.
 *
 * Why one hook on the raw input and not a refinement on each zod string or a wrapped validator
 * compiler: a refinement has to be remembered in every schema, and a validator only runs for the parts
 * a route declares a schema for; this hook runs for every route, declared parts or not, and also sees
 * object keys (which `z.record` would keep) before anything can reach the database.
 */
export function registerStorableInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const parts: [string, unknown][] = [
      ['params', request.params],
      ['querystring', request.query],
      ['body', request.body],
    ];
    for (const [part, value] of parts) {
      const field = findUnstorableText(value, part);
      if (field !== null) throw validationFailed({ [field]: issue('textUnstorable') });
    }
  });
}
