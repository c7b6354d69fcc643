import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../lib/cli/args';

describe('parseArgs', () => {
  it('reads the commands and formats of Contract 1', () => {
    expect(parseArgs(['parse'])).toEqual({ ok: true, options: { command: 'parse', format: 'text', lang: 'en' } });
    expect(parseArgs(['parse', '--jsonl'])).toEqual({ ok: true, options: { command: 'parse', format: 'jsonl', lang: 'en' } });
    expect(parseArgs(['explain', '--json', '--lang', 'ja'])).toEqual({
      ok: true,
      options: { command: 'explain', format: 'json', lang: 'ja' },
    });
    expect(parseArgs(['--lang=ja', 'explain', '--jsonl'])).toEqual({
      ok: true,
      options: { command: 'explain', format: 'jsonl', lang: 'ja' },
    });
  });

  it('answers help and version before anything else', () => {
    expect(parseArgs(['--help'])).toMatchObject({ ok: true, options: { command: 'help' } });
    expect(parseArgs(['parse', '-h'])).toMatchObject({ ok: true, options: { command: 'help' } });
    expect(parseArgs(['-v'])).toMatchObject({ ok: true, options: { command: 'version' } });
  });

  it.each([
    [[], 'missing command'],
    [['frobnicate'], 'unexpected argument "frobnicate"'],
    [['parse', '--yaml'], 'unknown option --yaml'],
    [['explain', '--lang'], '--lang takes "en" or "ja", got nothing'],
    [['explain', '--lang', 'fr'], '--lang takes "en" or "ja", got "fr"'],
    [['explain', '--json', '--jsonl'], 'cannot be combined'],
    [['parse', 'explain'], 'unexpected argument "explain"'],
  ])('rejects %j with a one-line message', (argv, message) => {
    const result = parseArgs(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(message);
      expect(result.error).not.toContain('\n');
    }
  });

  it('keeps a hostile argument short in the message', () => {
    const result = parseArgs(['x'.repeat(10_000)]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeLessThan(200);
  });
});
