import { ScimError, type ScimType } from './errors';

/**
 * SCIM filters (RFC 7644 §3.4.2.2) and PATCH paths (§3.5.2), parsed by a small recursive-descent
 * parser into the AST below. We write our own rather than use `scim2-parse-filter` so errors carry
 * the position where parsing failed, operators and keywords are case-insensitive, URN-prefixed
 * names are split from the attribute, and the AST is ours to translate to SQL later.
 *
 * The AST, kept small on purpose (a SQL translator handles five node kinds):
 * - `compare`  `userName eq "a"`: path, lower-case operator, JSON literal;
 * - `present`  `title pr`;
 * - `and`/`or` binary nodes, left-associative (`a and b and c` = and(and(a, b), c)),
 *              `and` binding tighter than `or`; parentheses leave no node;
 * - `not`      `not (…)`;
 * - `valuePath` `emails[type eq "work"]`: some element of the multi-valued attribute matches the
 *              inner filter, whose paths name sub-attributes. Entra's
 *              `emails[type eq "work"].value eq "x"` is folded into
 *              `emails[type eq "work" and value eq "x"]` (same meaning), so comparisons never
 *              carry a value filter.
 * Names keep the spelling the client sent; comparing them is case-insensitive (see schema.ts).
 */
export type CompareOp = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le';
export type CompValue = string | number | boolean | null;

export interface AttrPath {
  /** Schema URN prefix as written (`urn:…:enterprise:2.0:User`), or null. */
  uri: string | null;
  name: string;
  subAttr: string | null;
}

export type Filter =
  | { kind: 'compare'; path: AttrPath; op: CompareOp; value: CompValue }
  | { kind: 'present'; path: AttrPath }
  | { kind: 'and' | 'or'; left: Filter; right: Filter }
  | { kind: 'not'; filter: Filter }
  | { kind: 'valuePath'; path: AttrPath; filter: Filter };

/** A PATCH target: `name.givenName`, `emails[type eq "work"].value`, `members[value eq "1"]`. */
export interface ParsedPath {
  uri: string | null;
  attribute: string;
  filter: Filter | null;
  subAttribute: string | null;
}

export const COMPARE_OPS: readonly CompareOp[] = ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'];

/** Longer inputs and deeper nesting are refused before they can cost anything. */
const MAX_LENGTH = 4096;
const MAX_DEPTH = 32;

type Token =
  | { t: '(' | ')' | '[' | ']' | 'end'; pos: number }
  | { t: 'word'; text: string; pos: number }
  | { t: 'sub'; text: string; pos: number }
  | { t: 'string'; value: string; pos: number }
  | { t: 'number'; value: number; text: string; pos: number };

// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings forbid raw control characters, so the pattern names them
const STRING_RE = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER_RE = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD_RE = /[A-Za-z$][A-Za-z0-9_$:.-]*/y;
const SUB_RE = /\.(\$?[A-Za-z][A-Za-z0-9_-]*)/y;
const NAME_RE = /^\$?[A-Za-z][A-Za-z0-9_-]*$/;

function describe(token: Token): string {
  switch (token.t) {
    case 'end':
      return 'the end';
    case 'word':
    case 'sub':
      return `"${token.text}"`;
    case 'string':
      return 'a string';
    case 'number':
      return `the number ${token.text}`;
    default:
      return `"${token.t}"`;
  }
}

function tokenize(text: string, fail: (message: string, pos: number) => never): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const sticky = (re: RegExp) => {
    re.lastIndex = pos;
    return re.exec(text);
  };
  while (pos < text.length) {
    const ch = text[pos] as string;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      pos++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === '[' || ch === ']') {
      tokens.push({ t: ch, pos });
      pos++;
      continue;
    }
    if (ch === '"') {
      const m = sticky(STRING_RE);
      if (!m) fail('unterminated or badly escaped string', pos);
      tokens.push({ t: 'string', value: JSON.parse(m[0]) as string, pos });
      pos += m[0].length;
      continue;
    }
    if (ch === '-' || (ch >= '0' && ch <= '9')) {
      const m = sticky(NUMBER_RE);
      if (!m) fail('malformed number', pos);
      tokens.push({ t: 'number', value: Number(m[0]), text: m[0], pos });
      pos += m[0].length;
      continue;
    }
    if (ch === '.') {
      const m = sticky(SUB_RE);
      if (!m) fail('expected a sub-attribute name after "."', pos);
      tokens.push({ t: 'sub', text: m[1] as string, pos });
      pos += m[0].length;
      continue;
    }
    const m = sticky(WORD_RE);
    if (!m) fail(`unexpected character "${ch}"`, pos);
    tokens.push({ t: 'word', text: m[0], pos });
    pos += m[0].length;
  }
  tokens.push({ t: 'end', pos });
  return tokens;
}

class Parser {
  private index = 0;
  private depth = 0;
  private readonly tokens: Token[];

  constructor(
    private readonly text: string,
    private readonly errorType: ScimType,
  ) {
    if (text.length > MAX_LENGTH) this.fail(`longer than ${MAX_LENGTH} characters`, 0);
    this.tokens = tokenize(text, (message, pos) => this.fail(message, pos));
  }

  fail(message: string, pos: number): never {
    const what = this.errorType === 'invalidPath' ? 'path' : 'filter';
    throw new ScimError(this.errorType, `Invalid ${what} at character ${pos + 1}: ${message}`);
  }

  private peek(): Token {
    return this.tokens[this.index] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.t !== 'end') this.index++;
    return token;
  }

  private keyword(token: Token, word: string) {
    return token.t === 'word' && token.text.toLowerCase() === word;
  }

  private expect(t: ')' | ']', context: string) {
    const token = this.next();
    if (token.t !== t) this.fail(`expected "${t}" ${context}, found ${describe(token)}`, token.pos);
  }

  expectEnd() {
    const token = this.peek();
    if (token.t !== 'end') this.fail(`unexpected ${describe(token)}`, token.pos);
  }

  filter(inValuePath: boolean): Filter {
    if (++this.depth > MAX_DEPTH) this.fail(`nested deeper than ${MAX_DEPTH}`, this.peek().pos);
    let left = this.conjunction(inValuePath);
    while (this.keyword(this.peek(), 'or')) {
      this.next();
      left = { kind: 'or', left, right: this.conjunction(inValuePath) };
    }
    this.depth--;
    return left;
  }

  private conjunction(inValuePath: boolean): Filter {
    let left = this.unary(inValuePath);
    while (this.keyword(this.peek(), 'and')) {
      this.next();
      left = { kind: 'and', left, right: this.unary(inValuePath) };
    }
    return left;
  }

  private unary(inValuePath: boolean): Filter {
    const token = this.peek();
    if (token.t === '(') {
      this.next();
      const inner = this.filter(inValuePath);
      this.expect(')', 'to close the group');
      return inner;
    }
    if (this.keyword(token, 'not') && this.tokens[this.index + 1]?.t === '(') {
      this.next();
      this.next();
      const inner = this.filter(inValuePath);
      this.expect(')', 'to close "not ("');
      return { kind: 'not', filter: inner };
    }
    return this.attributeExpression(inValuePath);
  }

  private attributeExpression(inValuePath: boolean): Filter {
    const path = this.attrPath();
    if (this.peek().t === '[') {
      const open = this.next();
      if (inValuePath) this.fail('a value filter cannot contain another "["', open.pos);
      if (path.subAttr !== null) this.fail('"[" cannot follow a sub-attribute', open.pos);
      const inner = this.filter(true);
      this.expect(']', 'to close the value filter');
      const sub = this.peek();
      if (sub.t !== 'sub') return { kind: 'valuePath', path, filter: inner };
      this.next();
      const leaf = this.comparison({ uri: null, name: sub.text, subAttr: null });
      return { kind: 'valuePath', path, filter: { kind: 'and', left: inner, right: leaf } };
    }
    return this.comparison(path);
  }

  private comparison(path: AttrPath): Filter {
    const opToken = this.next();
    const op = opToken.t === 'word' ? opToken.text.toLowerCase() : '';
    if (op === 'pr') return { kind: 'present', path };
    if (!(COMPARE_OPS as readonly string[]).includes(op)) {
      this.fail(
        `expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr), found ${describe(opToken)}`,
        opToken.pos,
      );
    }
    return { kind: 'compare', path, op: op as CompareOp, value: this.literal() };
  }

  private literal(): CompValue {
    const token = this.next();
    if (token.t === 'string' || token.t === 'number') return token.value;
    if (token.t === 'word') {
      const word = token.text.toLowerCase();
      if (word === 'true') return true;
      if (word === 'false') return false;
      if (word === 'null') return null;
    }
    return this.fail(
      `expected a value (a "string", a number, true, false or null), found ${describe(token)}`,
      token.pos,
    );
  }

  attrPath(): AttrPath {
    const token = this.next();
    if (token.t !== 'word') this.fail(`expected an attribute name, found ${describe(token)}`, token.pos);
    return splitAttrPath(token.text, (message) => this.fail(message, token.pos));
  }

  /** `attrPath / valuePath [subAttr]` (RFC 7644 §3.5.2 PATH). */
  patchPath(): ParsedPath {
    const path = this.attrPath();
    let filter: Filter | null = null;
    let subAttribute = path.subAttr;
    if (this.peek().t === '[') {
      const open = this.next();
      if (path.subAttr !== null) this.fail('"[" cannot follow a sub-attribute', open.pos);
      filter = this.filter(true);
      this.expect(']', 'to close the value filter');
      const sub = this.peek();
      if (sub.t === 'sub') {
        this.next();
        subAttribute = sub.text;
      }
    }
    this.expectEnd();
    return { uri: path.uri, attribute: path.name, filter, subAttribute };
  }
}

/** `urn:…:User:manager.value` → uri `urn:…:User`, name `manager`, sub `value`. */
function splitAttrPath(word: string, fail: (message: string) => never): AttrPath {
  let uri: string | null = null;
  let rest = word;
  if (word.toLowerCase().startsWith('urn:')) {
    const colon = word.lastIndexOf(':');
    uri = word.slice(0, colon);
    rest = word.slice(colon + 1);
  }
  const parts = rest.split('.');
  if (parts.length > 2 || !parts.every((p) => NAME_RE.test(p))) {
    fail(`"${word}" is not an attribute path`);
  }
  return { uri, name: parts[0] as string, subAttr: parts[1] ?? null };
}

export function parseFilter(text: string): Filter {
  const parser = new Parser(text, 'invalidFilter');
  const filter = parser.filter(false);
  parser.expectEnd();
  return filter;
}

export function parsePath(text: string): ParsedPath {
  return new Parser(text, 'invalidPath').patchPath();
}

export function printAttrPath(path: AttrPath): string {
  const name = path.uri === null ? path.name : `${path.uri}:${path.name}`;
  return path.subAttr === null ? name : `${name}.${path.subAttr}`;
}

function printValue(value: CompValue): string {
  return value === null ? 'null' : JSON.stringify(value);
}

/** Prints a filter that parses back to the same AST (parentheses only where needed). */
export function printFilter(filter: Filter): string {
  switch (filter.kind) {
    case 'compare':
      return `${printAttrPath(filter.path)} ${filter.op} ${printValue(filter.value)}`;
    case 'present':
      return `${printAttrPath(filter.path)} pr`;
    case 'not':
      return `not (${printFilter(filter.filter)})`;
    case 'valuePath':
      return `${printAttrPath(filter.path)}[${printFilter(filter.filter)}]`;
    case 'and': {
      const left = filter.left.kind === 'or' ? `(${printFilter(filter.left)})` : printFilter(filter.left);
      const wrapRight = filter.right.kind === 'or' || filter.right.kind === 'and';
      return `${left} and ${wrapRight ? `(${printFilter(filter.right)})` : printFilter(filter.right)}`;
    }
    case 'or': {
      const wrapRight = filter.right.kind === 'or';
      return `${printFilter(filter.left)} or ${wrapRight ? `(${printFilter(filter.right)})` : printFilter(filter.right)}`;
    }
  }
}

export function printPath(path: ParsedPath): string {
  const head = printAttrPath({
    uri: path.uri,
    name: path.attribute,
    subAttr: path.filter === null ? path.subAttribute : null,
  });
  if (path.filter === null) return head;
  const tail = path.subAttribute === null ? '' : `.${path.subAttribute}`;
  return `${head}[${printFilter(path.filter)}]${tail}`;
}

export { filterToPredicate } from './predicate';
