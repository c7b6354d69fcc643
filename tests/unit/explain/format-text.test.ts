// The terminal rendering: verdict first, then the fix JSON, then the commands; in English and Japanese.
import { beforeAll, describe, expect, it } from 'vitest';
import { explainWith } from '../../../lib/explain/core';
import { formatExplanation } from '../../../lib/explain/format-text';
import type { IamIndex } from '../../../lib/iam/index';
import { loadIndex } from '../../../lib/iam/load';
import { sentence, SESSION } from './support';

let iam: IamIndex;
beforeAll(async () => {
  iam = await loadIndex(['s3', 'kms']);
});
const f = sentence(SESSION, 's3:GetObject', 'arn:aws:s3:::my-bucket/a.txt', { policyType: 'identity', denyKind: 'implicit' });

describe('formatExplanation', () => {
  it('puts the verdict first, then the fix JSON, then the commands', () => {
    const text = formatExplanation(explainWith(f, iam, 'en'));
    const lines = text.split('\n');
    expect(lines[0]).toBe('✗ No identity-based policy allows s3:GetObject — add it to role Dev');
    expect(lines[1]).toBe('  Identity-based policy (certain) · to be done by: Account administrator');
    const fix = text.indexOf('Fix 1 — Identity-based policy (Account administrator)');
    const json = text.indexOf('"Action": "s3:GetObject"');
    const cmds = text.indexOf('\nCommands\n');
    expect(fix).toBeGreaterThan(0);
    expect(json).toBeGreaterThan(fix);
    expect(cmds).toBeGreaterThan(json);
    // The policy block is valid JSON once its indentation is taken off: copyable as printed.
    const start = text.indexOf('  {', fix);
    const end = text.indexOf('\n  }', start) + 4;
    expect(JSON.parse(text.slice(start, end))).toEqual(explainWith(f, iam, 'en').fixes[0]?.policy);
  });

  it('reads in Japanese', () => {
    const text = formatExplanation(explainWith(f, iam, 'ja'));
    expect(text.split('\n')[0]).toBe('✗ s3:GetObject を許可するアイデンティティベースのポリシーがありません — ロール Dev に追加してください');
    expect(text).toContain('修正 1 — アイデンティティベースのポリシー (アカウントの管理者)');
    expect(text).toContain('\nコマンド\n');
    expect(text).toContain('適用先: arn:aws:iam::111122223333:role/Dev');
    // Japanese sentences follow each other without spaces.
    expect(text).not.toMatch(/。 [^\s]/);
  });
});
