// A denial arrives inside whatever the user copied it from: a markdown quote, a code fence, a list item, a raw
// GitHub Actions log (a timestamp before every line), an indented block, Windows line ends, an editor's line
// numbers, a chat message around it. Every collected real denial the parser reads right must read the same in each of these envelopes — a family
// that only works bare is a family that fails on the next paste.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../lib/parse/index';
import type { Finding } from '../../../lib/model';

const FIELDS = ['category', 'principal', 'principalType', 'accountId', 'action', 'resource', 'policyType', 'denyKind', 'errorCode', 'operation', 'encoded'] as const;
const DATA = resolve(__dirname, '../../data/parse/real-world.jsonl');
const lines = readFileSync(DATA, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string });

const ENVELOPES: Record<string, (text: string) => string> = {
  'a markdown quote': (t) => t.split('\n').map((l) => `> ${l}`).join('\n'),
  'a code fence': (t) => '```text\n' + t + '\n```',
  'a list item': (t) => '- ' + t.split('\n').join('\n  '),
  'a raw GitHub Actions log': (t) => t.split('\n').map((l, i) => `2026-12-01T10:00:${String(i % 60).padStart(2, '0')}.1234567Z ${l}`).join('\n'),
  'a tab before every line': (t) => t.split('\n').map((l) => `\t${l}`).join('\n'),
  'Windows line ends': (t) => t.replace(/\n/g, '\r\n'),
  "an editor's line numbers": (t) => t.split('\n').map((l, i) => `${String(i + 1).padStart(3)}  ${l}`).join('\n'),
  'a chat message around it': (t) => `hey, I get this:\n\n${t}\n\nany idea what is wrong? thanks!`,
};

const fields = (f: Finding | undefined) => (f ? FIELDS.map((k) => f[k] ?? null) : null);
// What the parser reads from the bare text is the reference (the eval scores it against the labels).
const bare = lines.map((l) => ({ id: l.id, text: l.text, want: JSON.stringify(fields(parse(l.text)[0])) }));

describe('a denial reads the same in the envelope it was pasted in', () => {
  it('has real denials to wrap', () => {
    expect(bare.length).toBeGreaterThan(300);
  });

  it.each(Object.keys(ENVELOPES))('in %s', (name) => {
    const wrap = ENVELOPES[name]!;
    const differ = bare.filter((l) => JSON.stringify(fields(parse(wrap(l.text))[0])) !== l.want).map((l) => l.id);
    expect(differ).toEqual([]);
    // Every collected line is parsed again per envelope: seconds, growing with the data, past vitest's default 5 s
    // on a loaded two-core machine.
  }, 30_000);
});
