// parseInput's cap, hostile input and how repeats and neighbours merge.
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, parse, parseInput } from '../../../lib/parse/index';

const SENTENCE = 'User: arn:aws:iam::123456789012:user/ana is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k';

describe('parseInput', () => {
  it('cuts input over MAX_INPUT_CHARS and says so', () => {
    const text = SENTENCE + '\n' + 'x'.repeat(MAX_INPUT_CHARS);
    const result = parseInput(text);
    expect(result.truncated).toBe(true);
    expect(result.findings).toHaveLength(1);
    expect(parseInput(SENTENCE).truncated).toBe(false);
  });

  it('keeps the end of a long log as well as its start, and skips only the middle', () => {
    const filler = 'step output\n'.repeat(Math.ceil(MAX_INPUT_CHARS / 12));
    const end = SENTENCE.replace('s3:GetObject', 's3:PutObject');
    const middle = SENTENCE.replace('s3:GetObject', 'kms:Decrypt');
    const result = parseInput(`${SENTENCE}\n${filler}${middle}\n${filler}${end}`);
    expect(result.truncated).toBe(true);
    expect(result.findings.map((f) => f.action)).toEqual(['s3:GetObject', 's3:PutObject']);
  });

  it('accepts non-strings and empty input without throwing', () => {
    expect(parseInput('')).toEqual({ findings: [], truncated: false });
    expect(parseInput(undefined as unknown as string)).toEqual({ findings: [], truncated: false });
    expect(parse(null as unknown as string)).toEqual([]);
  });
});

describe('hostile text', () => {
  it('keeps HTML and script in values as text, never interprets it', () => {
    const [f] = parse('User: arn:aws:iam::123456789012:user/<img src=x onerror=alert(1)> is not authorized to perform: s3:GetObject on resource: <script>alert(1)</script>');
    expect(f!.principal).toBe('arn:aws:iam::123456789012:user/<img src=x onerror=alert(1)>');
    // A closing tag ends an unquoted value (it closes <Message> in XML bodies); the rest stays plain text.
    expect(f!.resource).toBe('<script>alert(1)');
  });

  it('drops bidi and zero-width characters from values', () => {
    const [f] = parse('User: arn:aws:iam::123456789012:user/a\u202eb\u200bc is not authorized to perform: s3:Get\u200bObject');
    expect(f!.principal).toBe('arn:aws:iam::123456789012:user/abc');
    expect(f!.action).toBe('s3:GetObject');
  });

  it('survives binary noise', () => {
    let noise = '';
    for (let i = 0; i < 4096; i++) noise += String.fromCharCode((i * 7919) % 65536);
    expect(() => parse(noise + SENTENCE + noise)).not.toThrow();
    expect(parse(noise + '\n' + SENTENCE + '\n' + noise)[0]?.action).toBe('s3:GetObject');
  });

  it('caps the number of findings', () => {
    let text = '';
    for (let i = 0; i < 1200; i++) text += `User: arn:aws:iam::123456789012:user/u${i} is not authorized to perform: s3:GetObject\n`;
    expect(parse(text).length).toBe(1000);
  });
});

describe('merging', () => {
  it('one denial printed by the SDK and again in its message field is one finding', () => {
    const text = `AccessDeniedException: ${SENTENCE}\n    at x (y.js:1:1) {\n  message: '${SENTENCE}',\n  code: 'AccessDeniedException'\n}`;
    const findings = parse(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ errorCode: 'AccessDeniedException', resource: 'arn:aws:s3:::b/k' });
  });

  it('the same action on two resources is two findings', () => {
    const text = `${SENTENCE}\n${SENTENCE.replace('b/k', 'b/other')}`;
    expect(parse(text).map((f) => f.resource)).toEqual(['arn:aws:s3:::b/k', 'arn:aws:s3:::b/other']);
  });

  it('two CLI errors for different operations are two findings; the same one twice is one', () => {
    const a = 'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied';
    const b = 'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied';
    expect(parse(`${a}\n${b}`).map((f) => f.operation)).toEqual(['GetObject', 'PutObject']);
    expect(parse(`${a}\n\n${a}`)).toHaveLength(1);
  });

  it('a heading merges with the detail below it, also across a blank line', () => {
    const findings = parse('Access denied\n\nYou don’t have permission to perform billing:ViewBilling.');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.action).toBe('billing:ViewBilling');
  });

  it('a code of one message does not leak into the next', () => {
    const findings = parse('ThrottlingException: Rate exceeded\nAccessDenied: Access Denied');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.errorCode).toBe('AccessDenied');
  });

  it('a credentials failure and a denial stay apart', () => {
    const findings = parse(`The security token included in the request is expired\n${SENTENCE}`);
    expect(findings.map((f) => f.category)).toEqual(['credentials', 'access-denied']);
  });
});

describe('blank values', () => {
  // Found by the fuzz: a quoted space inside a Kubernetes Status message gave a finding whose resource was "".
  it('a quoted blank is no value: the field stays null', () => {
    const text = 'User: {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods is forbidden: User \\"arn:aws:iam::111122223333:user/bob\\" cannot list resource \\" \\"\\" in the namespace \\"default\\"","reason":"Forbidden","details":{"kind":"pods"},"code":403}';
    const findings = parse(text);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.resource).not.toBe('');
      expect(f.principal).not.toBe('');
    }
    expect(findings[0]!.principal).toBe('arn:aws:iam::111122223333:user/bob');
    expect(findings[0]!.resource).toBeNull();
  });
});
