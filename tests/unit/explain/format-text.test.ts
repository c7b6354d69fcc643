// The terminal rendering: verdict first, then the fix JSON, then the commands; in English and Japanese.
import { beforeAll, describe, expect, it } from 'vitest';
import { explainWith } from '../../../lib/explain/core';
import { formatExplanation } from '../../../lib/explain/format-text';
import type { IamIndex } from '../../../lib/iam/index';
import { loadIndex } from '../../../lib/iam/load';
import { plainText } from '../../../lib/inline-code';
import { sentence, SESSION } from './support';

let iam: IamIndex;
beforeAll(async () => {
  iam = await loadIndex(['s3', 'kms']);
});
const f = sentence(SESSION, 's3:GetObject', 'arn:aws:s3:::my-bucket/a.txt', { policyType: 'identity', denyKind: 'implicit' });

describe('formatExplanation', () => {
  it('puts the verdict first, then the fix JSON, then the steps with their commands', () => {
    const text = formatExplanation(explainWith(f, iam, 'en'));
    const lines = text.split('\n');
    expect(lines[0]).toBe('✗ No identity-based policy allows s3:GetObject — add it to role Dev');
    expect(lines[1]).toBe('  Identity-based policy (certain) · to be done by: Account administrator');
    const fix = text.indexOf('Fix 1 — Identity-based policy (Account administrator)');
    const json = text.indexOf('"Action": "s3:GetObject"');
    const cmds = text.indexOf('\nSteps to check, in order\n');
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
    expect(text).toContain('\n確認の手順 (上から順に)\n');
    expect(text).toContain('適用先: arn:aws:iam::111122223333:role/Dev');
    // Japanese sentences follow each other without spaces.
    expect(text).not.toMatch(/。 [^\s]/);
  });
});

describe('formatExplanation with a workload and steps', () => {
  const ecs = sentence(
    'arn:aws:sts::111122223333:assumed-role/orders-api-task/0eb3c2d72ff34a2495af6aec696bdf69',
    'dynamodb:PutItem',
    'arn:aws:dynamodb:us-east-1:111122223333:table/Orders',
    { policyType: 'identity', denyKind: 'implicit' },
  );
  beforeAll(async () => {
    iam = await loadIndex(['s3', 'kms', 'dynamodb']);
  });

  it('names the workload under the verdict and prints the steps in order, numbered, after the fix', () => {
    const e = explainWith(ecs, iam, 'en');
    const text = formatExplanation(e);
    const lines = text.split('\n');
    expect(lines[2]).toBe('  Workload: ECS task (task role) 0eb3c2d72ff34a2495af6aec696bdf69 (probably)');
    const json = text.indexOf('"Action": "dynamodb:PutItem"');
    const steps = text.indexOf('\nSteps to check, in order\n');
    expect(steps).toBeGreaterThan(json);
    let from = steps;
    e.steps.forEach((s, i) => {
      const at = text.indexOf(`\n  ${i + 1}. ${plainText(s.title)}\n`, from);
      expect(at, s.title).toBeGreaterThan(from);
      // Each command line is printed as is (copyable), under its step, before the next step.
      for (const line of (s.command ?? '').split('\n').filter(Boolean)) expect(text.indexOf(`     ${line}\n`, at)).toBeGreaterThan(at);
      expect(text.indexOf(`→ ${plainText(s.meaning)}`, at)).toBeGreaterThan(at);
      from = at;
    });
    expect(text).toContain("  2. Confirm the ECS task's task role and execution role");
    // Commands that a step already shows are not printed twice.
    expect(text.split('aws iam list-attached-role-policies --role-name orders-api-task').length - 1).toBe(1);
  });

  it('prints the steps in Japanese', () => {
    const text = formatExplanation(explainWith(ecs, iam, 'ja'));
    expect(text).toContain('\n確認の手順 (上から順に)\n');
    expect(text).toContain('  ワークロード: ECS タスク（タスクロール） 0eb3c2d72ff34a2495af6aec696bdf69（おそらく）');
    expect(text).toMatch(/\n {2}2\. ECS タスクのタスクロールとタスク実行ロールを確認する\n/);
  });
});
