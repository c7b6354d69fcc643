import { describe, expect, it } from 'vitest';
import { CsvReader } from '../../../lib/scan/csv';
import { JsonSplitter, KEY_DIGEST, KEY_ERROR_CODE, KEY_EVENT, KEY_LOOKUP, type Candidate } from '../../../lib/scan/json-split';

const EVENT_OK = { eventVersion: '1.09', eventTime: '2026-03-02T10:00:00Z', eventSource: 's3.amazonaws.com', eventName: 'GetObject', requestParameters: { key: 'a "quoted" {brace} [bracket] \\ back\\slash ✓ 日本' } };
const EVENT_DENIED = {
  eventVersion: '1.09',
  userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/bob' },
  eventTime: '2026-03-02T10:00:01Z',
  eventSource: 'kms.amazonaws.com',
  eventName: 'Decrypt',
  errorCode: 'AccessDenied',
  errorMessage: 'User: arn:aws:iam::111122223333:user/bob is not authorized to perform: kms:Decrypt',
  // Keys that name containers inside an event are no containers.
  requestParameters: { Records: [{ errorCode: 'inner' }], Events: [] },
  resources: [{ ARN: 'arn:aws:kms:us-east-1:111122223333:key/k', type: 'AWS::KMS::Key' }],
};

function split(text: string, cuts: number[]): Candidate[] {
  const out: Candidate[] = [];
  const splitter = new JsonSplitter((c) => out.push(c));
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    splitter.push(text.slice(from, cut));
    from = cut;
  }
  expect(splitter.unfinished).toBe(false);
  return out;
}

function summary(candidates: Candidate[]) {
  return candidates.map((c) => ({ value: JSON.parse(c.text) as unknown, keys: c.keys, time: c.time, array: c.array }));
}

const DOCUMENTS: Array<[string, string, Array<{ value: unknown; keys: number; time: string | null }>]> = [
  [
    'a log file',
    JSON.stringify({ Records: [EVENT_OK, EVENT_DENIED] }),
    [
      { value: EVENT_OK, keys: KEY_EVENT, time: '2026-03-02T10:00:00Z' },
      { value: EVENT_DENIED, keys: KEY_EVENT | KEY_ERROR_CODE, time: '2026-03-02T10:00:01Z' },
    ],
  ],
  [
    'a log file, indented, Records not the first key',
    JSON.stringify({ note: { Records: 'x' }, Records: [EVENT_DENIED] }, null, 2),
    [{ value: EVENT_DENIED, keys: KEY_EVENT | KEY_ERROR_CODE, time: '2026-03-02T10:00:01Z' }],
  ],
  [
    'a lookup-events answer',
    JSON.stringify({ Events: [{ EventId: 'e1', EventTime: '2026-03-02T10:00:01+00:00', CloudTrailEvent: JSON.stringify(EVENT_DENIED) }], NextToken: 't' }, null, 4),
    [
      {
        value: { EventId: 'e1', EventTime: '2026-03-02T10:00:01+00:00', CloudTrailEvent: JSON.stringify(EVENT_DENIED) },
        // EventId and EventTime are event keys too (keys are compared without case).
        keys: KEY_LOOKUP | KEY_EVENT,
        time: '2026-03-02T10:00:01+00:00',
      },
    ],
  ],
  [
    'JSON lines and one event on its own',
    `${JSON.stringify(EVENT_OK)}\n${JSON.stringify(EVENT_DENIED)}\r\n\n`,
    [
      { value: EVENT_OK, keys: KEY_EVENT, time: '2026-03-02T10:00:00Z' },
      { value: EVENT_DENIED, keys: KEY_EVENT | KEY_ERROR_CODE, time: '2026-03-02T10:00:01Z' },
    ],
  ],
  ['an array of events', JSON.stringify([EVENT_DENIED, 7, 'x']), [{ value: EVENT_DENIED, keys: KEY_EVENT | KEY_ERROR_CODE, time: '2026-03-02T10:00:01Z' }]],
  ['a digest file', JSON.stringify({ awsAccountId: '1', digestStartTime: '2026-03-02T10:00:00Z', logFiles: [{ s3Object: 'x' }] }), [{ value: { awsAccountId: '1', digestStartTime: '2026-03-02T10:00:00Z', logFiles: [{ s3Object: 'x' }] }, keys: KEY_DIGEST, time: null }]],
];

describe('JsonSplitter', () => {
  for (const [name, text, expected] of DOCUMENTS) {
    it(`hands over the events of ${name}, wherever the chunks are cut`, () => {
      const whole = summary(split(text, []));
      expect(whole.filter((c) => !c.array).map(({ value, keys, time }) => ({ value, keys, time }))).toEqual(expected);
      for (let cut = 1; cut < text.length; cut++) expect(summary(split(text, [cut]))).toEqual(whole);
      const everyChar = Array.from({ length: text.length - 1 }, (_, i) => i + 1);
      expect(summary(split(text, everyChar))).toEqual(whole);
    });
  }

  it('hands over the rows of a Lake result as arrays', () => {
    const text = JSON.stringify({ QueryStatus: 'FINISHED', QueryStatistics: { ResultsCount: 1 }, QueryResultRows: [[{ error_code: 'AccessDenied' }, { events: '3' }]] });
    const candidates = split(text, []);
    expect(candidates).toHaveLength(1);
    expect(candidates[0]!.array).toBe(true);
    expect(JSON.parse(candidates[0]!.text)).toEqual([{ error_code: 'AccessDenied' }, { events: '3' }]);
  });

  it('holds one candidate at a time and drops one larger than the limit', async () => {
    const { MAX_CANDIDATE_CHARS } = await import('../../../lib/scan/json-split');
    const out: Candidate[] = [];
    const splitter = new JsonSplitter((c) => out.push(c));
    splitter.push('{"Records":[{"eventName":"a","pad":"');
    const chunk = 'x'.repeat(1024 * 1024);
    for (let n = 0; n <= MAX_CANDIDATE_CHARS / chunk.length; n++) splitter.push(chunk);
    splitter.push('"},{"eventName":"b"}]}');
    expect(out.map((c) => JSON.parse(c.text).eventName)).toEqual(['b']);
    expect(splitter.stats.oversize).toBe(1);
  });

  it('says when the stream ends inside a value', () => {
    const splitter = new JsonSplitter(() => undefined);
    splitter.push('{"Records":[{"eventName":"a"');
    expect(splitter.unfinished).toBe(true);
  });
});

describe('CsvReader', () => {
  const text = '"identity_arn","error_code","error_message","events"\r\n"arn:aws:iam::1:user/a","AccessDenied","say ""no""\nthen, stop","3"\r\n"",,"x","1"\n';
  const expected = [
    ['identity_arn', 'error_code', 'error_message', 'events'],
    ['arn:aws:iam::1:user/a', 'AccessDenied', 'say "no"\nthen, stop', '3'],
    ['', '', 'x', '1'],
  ];

  function rows(cuts: number[]): string[][] {
    const out: string[][] = [];
    const reader = new CsvReader((row) => out.push(row));
    let from = 0;
    for (const cut of [...cuts, text.length]) {
      reader.push(text.slice(from, cut));
      from = cut;
    }
    reader.end();
    return out;
  }

  it('reads quoted fields, doubled quotes, line breaks inside values and CRLF, wherever the chunks are cut', () => {
    expect(rows([])).toEqual(expected);
    for (let cut = 1; cut < text.length; cut++) expect(rows([cut])).toEqual(expected);
    expect(rows(Array.from({ length: text.length - 1 }, (_, i) => i + 1))).toEqual(expected);
  });
});
