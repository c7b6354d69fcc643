// One file's text into denial groups (lib/scan/file-reader.ts): every shape CloudTrail comes in, what is counted as
// an event, a denial or unreadable, and the clear NotCloudTrail reason for what is no trail at all.
import { describe, expect, it } from 'vitest';
import { FileReader, NotCloudTrail } from '../../../lib/scan/file-reader';
import { DenialGroups } from '../../../lib/scan/group';
import { JsonSplitter } from '../../../lib/scan/json-split';

const USER = { type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/ana', accountId: '111122223333', userName: 'ana' };

function event(i: number, denied: boolean, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    eventVersion: '1.09',
    userIdentity: USER,
    eventTime: `2026-03-01T10:00:${String(i % 60).padStart(2, '0')}Z`,
    eventSource: 's3.amazonaws.com',
    eventName: 'GetObject',
    awsRegion: 'us-east-1',
    eventID: `id-${i}`,
    requestID: `req-${i}`,
    ...(denied ? { errorCode: 'AccessDenied', errorMessage: 'Access Denied' } : {}),
    requestParameters: { bucketName: 'b', key: `k${i}` },
    ...extra,
  };
}

function read(text: string): { reader: FileReader; groups: DenialGroups } {
  const groups = new DenialGroups();
  const reader = new FileReader(groups);
  reader.text(text);
  return { reader, groups };
}

function notCloudTrail(text: string): string {
  try {
    read(text);
  } catch (error) {
    expect(error).toBeInstanceOf(NotCloudTrail);
    return (error as Error).message;
  }
  throw new Error('read it as CloudTrail');
}

describe('FileReader.text: what CloudTrail writes and what people save', () => {
  it('a log file: every record an event, the denials grouped', () => {
    const { reader, groups } = read(JSON.stringify({ Records: [event(1, false), event(2, true), event(3, true), event(4, false)] }));
    expect(reader.events).toBe(4);
    expect(groups.events).toBe(4);
    expect(groups.denials).toBe(2);
    expect(groups.result()).toHaveLength(1);
    expect(groups.result()[0]).toMatchObject({ count: 2, finding: { action: 's3:GetObject' } });
  });

  it('a byte-order mark and leading blank lines change nothing', () => {
    const { groups } = read('\uFEFF\n\n  ' + JSON.stringify({ Records: [event(1, true)] }));
    expect(groups.denials).toBe(1);
  });

  it('an aws cloudtrail lookup-events answer: the event is the JSON string in CloudTrailEvent', () => {
    const answer = {
      Events: [
        { EventId: 'a', EventName: 'GetObject', EventTime: '2026-03-01T10:00:00Z', CloudTrailEvent: JSON.stringify(event(1, true)) },
        { EventId: 'b', EventName: 'GetObject', EventTime: '2026-03-01T10:00:01Z', CloudTrailEvent: JSON.stringify(event(2, false)) },
        // Says errorCode but is cut off: unreadable, not a crash.
        { EventId: 'c', EventName: 'GetObject', CloudTrailEvent: '{"errorCode":"AccessDenied","eventName":' },
      ],
    };
    const { reader, groups } = read(JSON.stringify(answer));
    expect(groups.denials).toBe(1);
    expect(reader.events).toBe(2);
    expect(reader.unreadable).toBe(1);
  });

  it('JSON lines: a broken denial line is counted unreadable and the rest still read', () => {
    const lines = [JSON.stringify(event(1, true)), JSON.stringify(event(2, false)), '{"errorCode":"AccessDenied", broken', JSON.stringify(event(3, true)), ''].join('\n');
    const { reader, groups } = read(lines);
    expect(groups.denials).toBe(2);
    expect(reader.events).toBe(3);
    expect(reader.unreadable).toBe(1);
  });

  it('JSON lines whose lines are whole log files: every line is read', () => {
    const lines = [JSON.stringify({ Records: [event(1, true)] }), JSON.stringify({ Records: [event(2, true), event(3, false)] })].join('\n');
    const { reader, groups } = read(lines);
    expect(reader.events).toBe(3);
    expect(groups.denials).toBe(2);
  });

  it('a JSON array of events (jq, exports), with non-objects counted as other', () => {
    const { reader, groups } = read(JSON.stringify([event(1, true), 42, 'text', event(2, false)]));
    expect(groups.denials).toBe(1);
    expect(reader.events).toBe(2);
    expect(reader.other).toBe(2);
  });

  it('a single event object on its own', () => {
    const { groups } = read(JSON.stringify(event(1, true)));
    expect(groups.denials).toBe(1);
  });

  it('a digest file is recognised and holds no events', () => {
    const { reader, groups } = read(JSON.stringify({ awsAccountId: '111122223333', digestStartTime: '2026-03-01T10:00:00Z', logFiles: [] }));
    expect(reader.digest).toBe(true);
    expect(groups.events).toBe(0);
  });

  it('a Lake JSON result (QueryResultRows of column maps)', () => {
    const rows = [
      [{ eventTime: '2026-03-01 10:00:00.000' }, { eventName: 'GetObject' }, { eventSource: 's3.amazonaws.com' }, { errorCode: 'AccessDenied' }, { errorMessage: 'Access Denied' }, { userIdentity: '{"arn":"arn:aws:iam::111122223333:user/ana"}' }],
    ];
    const { reader, groups } = read(JSON.stringify({ QueryResultRows: rows }));
    expect(reader.events).toBe(1);
    expect(groups.denials).toBe(1);
  });

  it('an Athena CSV result with error_code and event_name columns; quoted cells with commas', () => {
    const csv = [
      'eventtime,event_name,event_source,error_code,error_message,identity_arn',
      '2026-03-01T10:00:00Z,GetObject,s3.amazonaws.com,AccessDenied,"Access Denied, really",arn:aws:iam::111122223333:user/ana',
      '2026-03-01T10:00:01Z,PutObject,s3.amazonaws.com,AccessDenied,Access Denied,arn:aws:iam::111122223333:user/ana',
    ].join('\n');
    const { reader, groups } = read(csv);
    expect(reader.events).toBe(2);
    expect(groups.denials).toBe(2);
    expect(groups.result().map((g) => g.finding.action).sort()).toEqual(['s3:GetObject', 's3:PutObject']);
  });
});

describe('FileReader.text: what is not CloudTrail says why', () => {
  it.each([
    ['', 'empty file'],
    ['   \n\t ', 'empty file'],
    ['\uFEFF', 'empty file'],
  ])('%j → %s', (text, reason) => {
    expect(notCloudTrail(text)).toBe(reason);
  });

  it('a JSON object without events', () => {
    expect(notCloudTrail('{"name":"package","version":"1.0.0"}')).toMatch(/^not a CloudTrail log: no Records, Events/);
  });

  it('broken JSON on one line keeps JSON.parse’s reason', () => {
    expect(notCloudTrail('{"Records": [')).toMatch(/^not valid JSON: /);
  });

  it('lines whose first line is JSON but not an event', () => {
    expect(notCloudTrail('{"level":"info","msg":"started"}\n{"level":"info","msg":"done"}')).toBe('not CloudTrail: the first line is not an event');
  });

  it('a CSV without error and event columns, and plain text', () => {
    expect(notCloudTrail('name,size\na,1\n')).toMatch(/^not CloudTrail: a CSV without error_code/);
    expect(notCloudTrail('hello world')).toMatch(/^not CloudTrail: /);
  });
});

describe('FileReader.candidate: the streaming splitter’s pieces', () => {
  it('parses only candidates with an errorCode and counts the rest by their keys', () => {
    const groups = new DenialGroups();
    const reader = new FileReader(groups);
    const splitter = new JsonSplitter((c) => reader.candidate(c));
    const text = JSON.stringify({ Records: [event(1, true), event(2, false), event(3, false), event(4, true)] });
    // Fed in small pieces, as a stream hands it over.
    for (let i = 0; i < text.length; i += 7) splitter.push(text.slice(i, i + 7));
    expect(splitter.unfinished).toBe(false);
    expect(reader.events).toBe(4);
    expect(groups.denials).toBe(2);
  });
});
