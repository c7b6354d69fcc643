// The one input limit (lib/parse/limit.ts): text over it keeps its first and last halves, cut at line breaks, and
// the streaming collector the terminal uses gives exactly what capText gives for the whole text.
import { describe, expect, it } from 'vitest';
import { CappedCollector, capText, KEPT_AT_EACH_END, MAX_INPUT_CHARS } from '../../../lib/parse/limit';

describe('capText', () => {
  it('leaves text within the limit alone', () => {
    const text = 'a'.repeat(MAX_INPUT_CHARS);
    expect(capText(text)).toEqual({ text, truncated: false });
  });

  it('keeps the first and last halves with a blank line between', () => {
    const text = 'A'.repeat(KEPT_AT_EACH_END) + 'M'.repeat(10) + 'Z'.repeat(KEPT_AT_EACH_END);
    const { text: kept, truncated } = capText(text);
    expect(truncated).toBe(true);
    expect(kept).toBe('A'.repeat(KEPT_AT_EACH_END) + '\n\n' + 'Z'.repeat(KEPT_AT_EACH_END));
  });

  it('cuts at a nearby line break, so no half line reaches the parser', () => {
    const line = 'arn:aws:s3:::bucket/some/key/that/is/long\n';
    const text = line.repeat(Math.ceil((MAX_INPUT_CHARS + 1000) / line.length));
    const { text: kept } = capText(text);
    expect(kept.length).toBeLessThanOrEqual(MAX_INPUT_CHARS + 2);
    const odd = kept.split('\n').filter((l) => l !== '' && l !== line.trimEnd());
    expect(odd).toEqual([]);
    expect(kept).toContain(line.trimEnd() + '\n\n' + line.trimEnd());
  });
});

describe('CappedCollector', () => {
  it('equals capText of the joined pieces, whatever the piece sizes', () => {
    for (const total of [10, MAX_INPUT_CHARS, MAX_INPUT_CHARS + 1, MAX_INPUT_CHARS * 3 + 7]) {
      let text = '';
      for (let i = 0; text.length < total; i++) text += `line ${i} ${'x'.repeat(i % 97)}\n`;
      text = text.slice(0, total);
      for (const size of [1 << 16, 999_983, MAX_INPUT_CHARS + 5]) {
        const collector = new CappedCollector();
        for (let at = 0; at < text.length; at += size) collector.push(text.slice(at, at + size));
        expect(collector.length).toBe(text.length);
        const got = collector.finish();
        const want = capText(text);
        expect(got.truncated).toBe(want.truncated);
        expect(got.text === want.text).toBe(true); // toBe would print megabytes on failure
      }
    }
    // Builds inputs of several megabytes: seconds on a loaded two-core machine, past vitest's default 5 s.
  }, 30_000);

  it('holds nothing for an empty input', () => {
    expect(new CappedCollector().finish()).toEqual({ text: '', truncated: false });
  });
});
