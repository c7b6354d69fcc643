// Pasted text arrives wrapped: by a terminal at its width (cutting anywhere, also inside ARNs and words), by
// tools that indent continuation lines, and re-flowed at word boundaries by editors and chat clients (which
// drop the space at the break). Every example must read the same however it was wrapped.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../lib/parse/index';
import { EXAMPLES } from './examples';

const FIELDS = ['category', 'principal', 'action', 'resource', 'policyType', 'denyKind', 'errorCode', 'operation', 'encoded'] as const;

function terminal(text: string, width: number, indent = ''): string {
  return text
    .split('\n')
    .map((line) => line.replace(new RegExp(`.{${width}}(?=.)`, 'g'), (part) => `${part}\n${indent}`))
    .join('\n');
}

function reflow(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && `${current} ${word}`.length > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

// Structured documents are not wrapped by terminals the way messages are (and unescaping changes their line
// lengths): the CloudTrail, decoded-message and authorization-details families, and JSON documents of others.
const STRUCTURED = new Set(['decoded-authorization', 'cloudtrail-event', 'authorization-details']);
const cases = EXAMPLES.filter((e) => e.expect !== null && !STRUCTURED.has(e.family) && !/^\s*[{[]/.test(e.text));

function agreement(wrap: (text: string) => string): { rate: number; misses: string[] } {
  let same = 0;
  let total = 0;
  const misses: string[] = [];
  for (const ex of cases) {
    const a = parse(ex.text)[0];
    const b = parse(wrap(ex.text))[0];
    for (const field of FIELDS) {
      total++;
      if ((a?.[field] ?? null) === (b?.[field] ?? null)) same++;
      else misses.push(`${ex.name} ${field}: ${JSON.stringify(a?.[field])} → ${JSON.stringify(b?.[field])}`);
    }
  }
  return { rate: same / total, misses };
}

describe('wrapped pastes read like unwrapped ones', () => {
  it.each([72, 80, 100, 120, 160])('terminal wrap at %i columns', (width) => {
    const { rate, misses } = agreement((t) => terminal(t, width));
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it.each([80, 120])('terminal wrap at %i columns with indented continuation lines', (width) => {
    const { rate, misses } = agreement((t) => terminal(t, width, '  '));
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it.each([60, 80, 100])('re-flowed at word boundaries at %i columns', (width) => {
    const { rate, misses } = agreement((t) => reflow(t, width));
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(0.98);
  });
});

// Japanese sentences have no spaces to break at: a terminal cuts them anywhere, also inside the English they quote
// (an action, a message) — by characters here, as a terminal counting columns cuts Latin text.
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const japanese = [
  ...cases.filter((e) => JAPANESE.test(e.text)).map((e) => e.text),
  ...readFileSync(resolve(__dirname, '../../data/parse/real-world.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.includes('"family": "japanese"'))
    .map((l) => (JSON.parse(l) as { text: string }).text)
    .filter((t) => !/^\s*[{[]/.test(t)),
];

function japaneseAgreement(width: number): { rate: number; misses: string[] } {
  let same = 0;
  let total = 0;
  const misses: string[] = [];
  for (const text of japanese) {
    const a = parse(text)[0];
    const b = parse(terminalChars(text, width))[0];
    for (const field of FIELDS) {
      total++;
      if ((a?.[field] ?? null) === (b?.[field] ?? null)) same++;
      else misses.push(`${text.slice(0, 60)} ${field}: ${JSON.stringify(a?.[field])} → ${JSON.stringify(b?.[field])}`);
    }
  }
  return { rate: same / total, misses };
}

function terminalChars(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => line.replace(new RegExp(`.{${width}}(?=.)`, 'gu'), (part) => `${part}\n`))
    .join('\n');
}

describe('Japanese pastes wrapped by a terminal read like unwrapped ones', () => {
  it('has Japanese texts to wrap', () => {
    expect(japanese.length).toBeGreaterThan(100);
  });

  it.each([
    [40, 0.97],
    [60, 0.99],
    [80, 0.99],
  ])('at %i characters', (width, floor) => {
    const { rate, misses } = japaneseAgreement(width);
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(floor);
  });
});
