import { describe, expect, it } from 'vitest';
import { COMMANDS, parseArgs, USAGE } from '../../../lib/cli/args';

const run = (command: string, format = 'text', lang = 'en') => ({ ok: true, options: { command, format, lang, operands: [] } });

describe('parseArgs', () => {
  it('reads the commands and formats of Contract 1', () => {
    expect(parseArgs(['parse'])).toEqual(run('parse'));
    expect(parseArgs(['parse', '--jsonl'])).toEqual(run('parse', 'jsonl'));
    expect(parseArgs(['parse', '--json'])).toEqual(run('parse')); // parse prints JSON anyway
    expect(parseArgs(['explain', '--json', '--lang', 'ja'])).toEqual(run('explain', 'json', 'ja'));
    expect(parseArgs(['--lang=ja', 'explain', '--jsonl'])).toEqual(run('explain', 'jsonl', 'ja'));
  });

  it('answers help and version wherever they stand', () => {
    expect(parseArgs(['--help'])).toMatchObject({ ok: true, options: { command: 'help' } });
    expect(parseArgs(['parse', '-h'])).toMatchObject({ ok: true, options: { command: 'help' } });
    expect(parseArgs(['explian', '--help'])).toMatchObject({ ok: true, options: { command: 'help' } });
    expect(parseArgs(['-v'])).toMatchObject({ ok: true, options: { command: 'version' } });
    expect(parseArgs(['explain', '--version'])).toMatchObject({ ok: true, options: { command: 'version' } });
  });

  it.each([
    [[], 'missing command (commands: parse, explain; see --help)'],
    [['frobnicate'], 'unknown command "frobnicate" (commands: parse, explain; see --help)'],
    [['explian'], 'unknown command "explian" — did you mean "explain"? (commands: parse, explain; see --help)'],
    [['pars'], 'did you mean "parse"?'],
    [['parse', '--yaml'], 'unknown option --yaml for parse (options: --json, --jsonl; see --help)'],
    [['parse', '--lang', 'ja'], 'unknown option --lang for parse'],
    [['parse', '-x'], 'unknown option -x for parse'],
    [['explain', '--lang'], '--lang takes "en" or "ja", got nothing'],
    [['explain', '--lang', 'fr'], '--lang takes "en" or "ja", got "fr"'],
    [['explain', '--json=yes'], '--json takes no value'],
    [['explain', '--json', '--jsonl'], 'cannot be combined'],
    [['parse', 'explain'], 'unexpected argument "explain": parse reads the text from stdin'],
    [['explain', 'ci.log'], 'unexpected argument "ci.log": explain reads the text from stdin'],
    [['--', 'explain', 'x'], 'unexpected argument "x"'],
  ])('rejects %j with a one-line message', (argv, message) => {
    const result = parseArgs(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(message);
      expect(result.error).not.toContain('\n');
    }
  });

  it('keeps a hostile argument short in the message', () => {
    for (const argv of [['x'.repeat(10_000)], ['parse', 'x'.repeat(10_000)], ['parse', '--' + 'x'.repeat(10_000)]]) {
      const result = parseArgs(argv);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.length).toBeLessThan(200);
    }
  });

  it('the help lists every command and option it accepts', () => {
    for (const [name, spec] of Object.entries(COMMANDS)) {
      expect(USAGE).toContain(`  why-denied ${name}`);
      for (const option of spec.options) expect(USAGE).toContain(`--${option}`);
    }
    expect(USAGE).toContain('10,000,000 characters keeps its first and last 5,000,000 characters');
  });
});
