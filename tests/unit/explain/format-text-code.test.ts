// The terminal shows `code` spans of explanation texts as plain words: no backticks in the prose, while commands
// and policy JSON are printed exactly as they are copied.
import { beforeAll, describe, expect, it } from 'vitest';
import { explainWith } from '../../../lib/explain/core';
import { formatExplanation } from '../../../lib/explain/format-text';
import type { IamIndex } from '../../../lib/iam/index';
import { loadIndex } from '../../../lib/iam/load';
import type { Explanation, Lang } from '../../../lib/model';
import { sentence } from './support';

let iam: IamIndex;
beforeAll(async () => {
  iam = await loadIndex(['dynamodb', 'secretsmanager']);
});

const ECS = sentence(
  'arn:aws:sts::111122223333:assumed-role/orders-api-task/0eb3c2d72ff34a2495af6aec696bdf69',
  'dynamodb:PutItem',
  'arn:aws:dynamodb:us-east-1:111122223333:table/Orders',
  { policyType: 'identity', denyKind: 'implicit' },
);

function prose(e: Explanation): string[] {
  return [e.verdict, ...(e.warnings ?? []), ...e.causes.map((c) => c.reason), ...e.fixes.map((f) => f.note ?? ''), ...e.steps.flatMap((s) => [s.title, s.meaning]), ...e.commands.map((c) => c.purpose)];
}

describe('formatExplanation and inline code', () => {
  for (const lang of ['en', 'ja'] as Lang[]) {
    it(`prints code spans without backticks (${lang})`, () => {
      const e = explainWith(ECS, iam, lang);
      // Not vacuous: the explanation does mark code spans.
      expect(prose(e).some((t) => /`[^`]+`/.test(t))).toBe(true);
      const text = formatExplanation(e);
      const verbatim = new Set([...e.commands.map((c) => c.command), ...e.steps.map((s) => s.command ?? '')].flatMap((c) => c.split('\n').map((l) => l.trim())));
      const withBackticks = text.split('\n').filter((line) => line.includes('`') && !verbatim.has(line.trim()));
      expect(withBackticks).toEqual([]);
    });
  }
});
