import { describe, expect, it } from 'vitest';
import { plainText, splitInlineCode } from '../../lib/inline-code';

describe('splitInlineCode', () => {
  it('splits prose and code spans', () => {
    expect(splitInlineCode('Read the policies of the role `Dev` first')).toEqual([
      { code: false, text: 'Read the policies of the role ' },
      { code: true, text: 'Dev' },
      { code: false, text: ' first' },
    ]);
    expect(splitInlineCode('`a` and `b`')).toEqual([
      { code: true, text: 'a' },
      { code: false, text: ' and ' },
      { code: true, text: 'b' },
    ]);
  });

  it('keeps Japanese prose around code intact', () => {
    expect(splitInlineCode('ロール `ecsTaskExecutionRole`（タスク定義の executionRoleArn）に追加')).toEqual([
      { code: false, text: 'ロール ' },
      { code: true, text: 'ecsTaskExecutionRole' },
      { code: false, text: '（タスク定義の executionRoleArn）に追加' },
    ]);
  });

  it('follows CommonMark: longer runs enclose backticks, one padding space is dropped', () => {
    expect(splitInlineCode('run `` echo `id` `` now')).toEqual([
      { code: false, text: 'run ' },
      { code: true, text: 'echo `id`' },
      { code: false, text: ' now' },
    ]);
    expect(splitInlineCode('``a`b``')).toEqual([{ code: true, text: 'a`b' }]);
  });

  it('leaves unpaired, empty and multi-line backticks as prose', () => {
    expect(splitInlineCode('a ` b')).toEqual([{ code: false, text: 'a ` b' }]);
    expect(splitInlineCode('``')).toEqual([{ code: false, text: '``' }]);
    expect(splitInlineCode('` `')).toEqual([{ code: false, text: '` `' }]);
    expect(splitInlineCode('`a\nb`')).toEqual([{ code: false, text: '`a\nb`' }]);
    expect(splitInlineCode('``a`')).toEqual([{ code: false, text: '``a`' }]);
    expect(splitInlineCode('')).toEqual([]);
  });

  it('keeps every character of hostile text (markup stays text)', () => {
    const text = '`<img src=x onerror=alert(1)>` and <b>`x`</b>';
    const segments = splitInlineCode(text);
    expect(segments.filter((s) => s.code).map((s) => s.text)).toEqual(['<img src=x onerror=alert(1)>', 'x']);
    expect(segments.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)> and <b>x</b>');
  });
});

describe('plainText', () => {
  it('drops the backticks and keeps the words', () => {
    expect(plainText('role `Dev`')).toBe('role Dev');
    expect(plainText('no code here')).toBe('no code here');
    expect(plainText('`aws iam get-role --role-name Dev` shows it')).toBe('aws iam get-role --role-name Dev shows it');
    expect(plainText('a lone ` stays')).toBe('a lone ` stays');
  });

  it('reads long hostile input', () => {
    const text = '`'.repeat(20_000) + 'a'.repeat(20_000) + '`x'.repeat(10_000) + '``y'.repeat(50_000) + '`z'.repeat(50_000);
    // Its time is measured by `npm run bench` (scripts/bench/hostile.ts), not asserted here.
    expect(plainText(text).length).toBeGreaterThan(100_000);
  });
});
