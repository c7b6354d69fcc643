// The forgiving JSON reader: what people paste (escapes undone by normalization, Python renderings, JSON inside
// strings, comments, truncation) reads as values with their spans; garbage never throws and never loops.
import { describe, expect, it } from 'vitest';
import { bool, get, items, LooseReader, path, str, toPlain, type Loose } from '../../../lib/parse/loose-json';
import { normalize } from '../../../lib/parse/normalize';

function read(text: string): Loose | null {
  return new LooseReader(text).value();
}

describe('LooseReader', () => {
  const table: Array<[string, string, unknown]> = [
    ['strict JSON', '{"a": 1, "b": [true, null, "x"], "c": {"d": "e"}}', { a: 1, b: [true, null, 'x'], c: { d: 'e' } }],
    ['Python rendering', "{'a': None, 'b': True, 'c': 'it is'}", { a: null, b: true, c: 'it is' }],
    ['datetime calls', "{'t': datetime.datetime(2023, 4, 13, tzinfo=tzlocal()), 'n': 1}", { t: 'datetime.datetime(2023, 4, 13, tzinfo=tzlocal())', n: 1 }],
    ['JSON inside a string (escapes already undone)', '{"CloudTrailEvent": "{"eventName": "GetObject"}", "x": 1}', { CloudTrailEvent: { eventName: 'GetObject' }, x: 1 }],
    ['a quote left inside a string by unescaping', '{"errorMessage": "on resource: "arn:aws:s3:::b" because no", "n": 2}', { errorMessage: 'on resource: "arn:aws:s3:::b" because no', n: 2 }],
    ['line comments and # comments', '{"a": "x",  // why\n "b": "y", # noqa\n "c": 3}', { a: 'x', b: 'y', c: 3 }],
    ['JS object literal keys', "{ code: 'AccessDenied', statusCode: 403 }", { code: 'AccessDenied', statusCode: 403 }],
    ['a missing comma at a line end', '{\n "a": 1\n "b": 2\n}', { a: 1, b: 2 }],
    ['trailing commas', '{"a": [1, 2,], }', { a: [1, 2] }],
    ['typographic quotes', '{“a”: “b”}', { a: 'b' }],
    ['a user agent that looks like a list', '{"userAgent": "[S3Console/0.4, aws-internal/3]", "n": 1}', { userAgent: '[S3Console/0.4, aws-internal/3]', n: 1 }],
    ['Python string prefixes', '{"arn": f"arn:aws:iam::{ACCOUNT}:user/x", "r": r\'a\\b\'}', { arn: 'arn:aws:iam::{ACCOUNT}:user/x', r: 'a\\b' }],
    ['Go: wrapped strings and a map literal in a call', '{EventName: aws.String("ListQueues"), CloudTrailEvent: record(map[string]any{"errorCode": "AccessDenied"})}', { EventName: 'ListQueues', CloudTrailEvent: { errorCode: 'AccessDenied' } }],
    ['Go: a string among several arguments is not the value', '{Msg: fmt.Sprintf("denied %s", x), N: 1}', { Msg: 'fmt.Sprintf("denied %s", x)', N: 1 }],
  ];
  for (const [name, text, expected] of table) {
    it(name, () => {
      const v = read(text);
      expect(v).not.toBeNull();
      expect(toPlain(v!)).toEqual(expected);
    });
  }

  it('returns what it read from a truncated value, with its span', () => {
    const text = 'log: {"errorCode": "AccessDenied", "errorMessage": "User: arn:aws:iam::1:user/a is not auth';
    const reader = new LooseReader(text);
    reader.pos = text.indexOf('{');
    const v = reader.value()!;
    expect(str(get(v, 'errorCode'))).toBe('AccessDenied');
    expect(v.start).toBe(5);
    expect(v.end).toBeLessThanOrEqual(text.length);
  });

  it('stops at prose in brackets instead of reading the rest of the text as a list', () => {
    const text = "[ERROR] can't connect\n{\"a\": 1}";
    const reader = new LooseReader(text);
    const first = reader.value()!;
    expect(first.t).toBe('a');
    expect(first.end).toBeLessThan(text.indexOf('{'));
  });

  it('an unterminated string ends at its line', () => {
    const v = read('{"Message": "User: x (truncated...)\n```\n{"b": 1}')!;
    expect(str(get(v, 'Message'))).toBe('User: x (truncated...)');
  });

  it('helpers: case-insensitive keys, booleans as words or strings, paths, items', () => {
    const v = read("{'ErrorCode': 'AccessDenied', 'allowed': 'false', 'a': {'b': [{'c': 'd'}]}}")!;
    expect(str(get(v, 'errorCode'))).toBe('AccessDenied');
    expect(bool(get(v, 'allowed'))).toBe(false);
    expect(str(get(items(path(v, 'a', 'b'))[0], 'c'))).toBe('d');
    expect(str(get(v, 'missing'))).toBeNull();
  });

  it("code's names for values are no values: a variable, a constant, an attribute, a subscript; a host name is one", () => {
    const v = read('{"a": bucket, "b": AWS_REGION, "c": profile.IAM_USER_ARN, "d": STATE[\'user\'], "e": s3.amazonaws.com, "f": None}')!;
    for (const key of ['a', 'b', 'c', 'd']) expect(str(get(v, key)), key).toBeNull();
    expect(str(get(v, 'e'))).toBe('s3.amazonaws.com');
    expect(v.t === 'o' && v.keys).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('never throws on garbage and always moves forward', () => {
    for (const text of ['{', '[', '{"', "{'a", '{a:', '{"a":"', '[[[[[[', '{{{{', ':::', '"', "'", '{"a" "b"}', '{"a":}', ']]}}']) {
      const reader = new LooseReader(text);
      expect(() => reader.value()).not.toThrow();
    }
    const deep = '['.repeat(5000);
    expect(() => new LooseReader(deep).value()).not.toThrow();
  });

  it('reads a document cut inside its one-line string, prose after the paste or not', () => {
    const cut = '{"DecodedMessage": "{\\"allowed\\":false,\\"explicitDeny\\":true,\\"matchedStatements\\":{\\"items\\":[{\\"statementId\\":\\"Deny';
    for (const text of [cut, `${cut}\n`, `${cut}\n\nany idea what is wrong? thanks!`]) {
      // As the parser reads it: normalize() undoes the escapes first.
      const doc = get(read(normalize(text))!, 'DecodedMessage');
      expect(doc?.t).toBe('o');
      expect(bool(get(doc, 'explicitDeny'))).toBe(true);
    }
  });

  it('keeps prototype keys out of plain values', () => {
    const plain = toPlain(read('{"__proto__": {"polluted": true}, "a": 1}')!) as Record<string, unknown>;
    expect(plain.a).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(plain)).toEqual(['a']);
  });
});
