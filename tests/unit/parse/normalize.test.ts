import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/parse/normalize';

describe('normalize: escapes and invisible characters', () => {
  it('undoes JSON escapes, also double-escaped ones', () => {
    expect(normalize('{"m":"a \\"quoted\\" value\\nnext"}')).toBe('{"m":"a "quoted" value\nnext"}');
    expect(normalize('\\\\\\"x\\\\\\"')).toBe('"x"');
    expect(normalize('arn:aws:s3:::b\\/k')).toBe('arn:aws:s3:::b/k');
    expect(normalize('\\u003cnil\\u003e')).toBe('<nil>');
  });

  it("un-doubles a CSV cell's quotes, quoted or printed bare after a row label, and nothing else", () => {
    expect(normalize('t,"{""a"":""x""}"')).toBe('t,"{"a":"x"}"');
    expect(normalize('x\n    ## 230: {""a"": ""x"", ""b"": null}')).toBe('x\n    ## 230: {"a": "x", "b": null}');
    // A cell the paste cut short is un-doubled too; a doubled quote elsewhere is left as written.
    expect(normalize('t,"{""a"": ""x"", ""b')).toBe('t,"{"a": "x", "b');
    expect(normalize('say ""quoted"" here')).toBe('say ""quoted"" here');
  });

  it('drops the timestamps a log tool puts before every line, and the indentation every line shares', () => {
    const gha = '2026-12-01T10:00:00.1234567Z Error: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::bu\n2026-12-01T10:00:00.1234568Z cket/key';
    expect(normalize(gha)).toBe('Error: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::bucket/key');
    // One line with a timestamp keeps it: nothing says it is a log prefix.
    expect(normalize('2026-12-01T10:00:00Z AccessDenied')).toBe('2026-12-01T10:00:00Z AccessDenied');
    // The content's own indentation after the timestamp stays (a YAML record in a log).
    expect(normalize('2026-12-01T10:00:00Z a:\n2026-12-01T10:00:00Z   b: 1')).toBe('a:\n  b: 1');
    expect(normalize('\tline one\n\t  two\n\n\tthree')).toBe('line one\n  two\n\nthree');
    expect(normalize('> │ Error: x\n> │   detail')).toBe('Error: x\n  detail');
    // Line numbers of a counted run go, the content's indentation stays; a lone number or a list that skips stays.
    expect(normalize('  9  {\n 10    "errorCode": "AccessDenied",\n 11    "eventName": "GetObject"\n 12  }')).toBe('{\n  "errorCode": "AccessDenied",\n  "eventName": "GetObject"\n}');
    expect(normalize('1 error(s) occurred:\n\n* aws_instance.x: denied')).toBe('1 error(s) occurred:\n\n* aws_instance.x: denied');
    expect(normalize('1 a\n3 b\n5 c')).toBe('1 a\n3 b\n5 c');
  });

  it('reads typographic quotes as the straight quotes an editor or a chat replaced', () => {
    expect(normalize('calling the \u201cPutObject\u201d operation on \u2018arn:aws:s3:::b\u2019')).toBe('calling the "PutObject" operation on \'arn:aws:s3:::b\'');
  });

  it('drops zero-width, bidi and control characters, ANSI colours; makes odd spaces plain', () => {
    expect(normalize('a\u200bb\u202ec\u0007d\u001b[1;31me\u001b[0m\u00a0f')).toBe('abcde f');
    expect(normalize('a\r\nb\rc')).toBe('a\nb\nc');
    expect(normalize('&quot;x&quot; &amp; &lt;y&gt;')).toBe('"x" & <y>');
  });

  it('removes markdown quotes, Terraform gutters, numbered gutters and code fences', () => {
    // A fence line goes with its line break, so a fence opened mid-message leaves no blank line behind.
    expect(normalize('> > quoted\n│ Error: x\n115 | Error: y\n```bash\nz\n```')).toBe('quoted\nError: x\nError: y\nz\n');
  });
});

describe('normalize: terminal hard wraps', () => {
  const pad = 'botocore.exceptions.ClientError: details: ';

  it('joins an ARN cut by the terminal width', () => {
    expect(normalize(`${pad}User: arn:aws:sts::123456789012:assumed-role/my-long-role-na\nme/session is not authorized`)).toBe(
      `${pad}User: arn:aws:sts::123456789012:assumed-role/my-long-role-name/session is not authorized`,
    );
    expect(normalize(`${pad}on resource: arn:aws:kms:us-east-1:12345678901\n  2:key/abc because no`)).toBe(
      `${pad}on resource: arn:aws:kms:us-east-1:123456789012:key/abc because no`,
    );
  });

  it('joins a tail without ARN structure when the sentence continues after it', () => {
    expect(normalize(`${pad}on resource: arn:aws:s3:::my-buc\nket because no identity-based policy allows`)).toBe(
      `${pad}on resource: arn:aws:s3:::my-bucket because no identity-based policy allows`,
    );
  });

  it('joins an action and a key word cut in the middle', () => {
    expect(normalize(`${pad}is not authorized to perform: s3:GetOb\nject on resource: x`)).toBe(`${pad}is not authorized to perform: s3:GetObject on resource: x`);
    expect(normalize(`${pad}is not autho\nrized to perform`)).toBe(`${pad}is not authorized to perform`);
  });

  it('joins names and values cut anywhere in them', () => {
    const cases: Array<[string, string]> = [
      [`${pad}is not authorized to perform: s3:\nGetObject on resource: x`, `${pad}is not authorized to perform: s3:GetObject on resource: x`],
      [`${pad}is not authorized to perform: dynam\nodb:PutItem because no`, `${pad}is not authorized to perform: dynamodb:PutItem because no`],
      [`${pad}An error occurred (AccessDenied) when calling the GetOb\nject operation: x`, `${pad}An error occurred (AccessDenied) when calling the GetObject operation: x`],
      [`${pad}An error occurred (AccessDen\nied) when calling`, `${pad}An error occurred (AccessDenied) when calling`],
      [`${pad}operation error S3: PutOb\nject, https response error`, `${pad}operation error S3: PutObject, https response error`],
      [`${pad}on resource: role app-run\ntime because no permissions boundary`, `${pad}on resource: role app-runtime because no permissions boundary`],
    ];
    for (const [input, output] of cases) expect(normalize(input)).toBe(output);
  });

  it('keeps line breaks between words, before key words, stack frames, timestamps and JSON lines', () => {
    const keep = [
      `${pad}User: arn:aws:iam::123456789012:user/ana\nis not authorized`,
      `${pad}because no\nidentity-based policy allows`,
      `${pad}perform: rekognition:DetectLabels\n    at Request.extractError (/x.js:1:2)`,
      `${pad}on resource: arn:aws:iam::123456789012:role/x\n2025-01-01T00:00:00Z next line`,
      `{"arn": "arn:aws:iam::123456789012:user/bob",\n "name": "bob"}`,
      `${pad}role_arn: arn:aws:iam::123456789012:role/x\nregion: us-east-1`,
      'short arn:aws:x\nfoo:bar',
    ];
    for (const text of keep) expect(normalize(text)).toBe(text);
  });

  it('is linear on many lines', () => {
    const text = 'arn:aws:iam::123456789012:user/abcdefghijklmnopqrstuvwxyz0123456789\n'.repeat(5000);
    expect(normalize(text).length).toBeLessThanOrEqual(text.length);
  });
});

describe('gate words', () => {
  it('every word a family gates on is one the gate scan looks for (others would fall back to a slow search)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { GATE_WORDS } = await import('../../../lib/parse/types');
    const dir = new URL('../../../lib/parse/', import.meta.url);
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      for (const call of source.matchAll(/mentions\(scan, ([^)]*)\)/g)) {
        for (const word of (call[1] ?? '').matchAll(/'([^']+)'/g)) used.add(word[1]!);
      }
      for (const list of source.matchAll(/_GATES = \[([^\]]*)\]/g)) {
        for (const word of (list[1] ?? '').matchAll(/'([^']+)'/g)) used.add(word[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((w) => !GATE_WORDS.includes(w))).toEqual([]);
  });
});
