// readLines: every input line is reported, in order, however the text is cut into pieces.
import { describe, expect, it } from 'vitest';
import { readLines, type InputLine } from '../../../lib/cli/lines';

async function lines(input: string | string[], limit?: number): Promise<InputLine[]> {
  const source = typeof input === 'string' ? input : (async function* () { yield* input; })();
  const out: InputLine[] = [];
  for await (const line of readLines(source, limit)) out.push(line);
  return out;
}

const texts = (ls: InputLine[]): string[] => ls.map((l) => l.text);

describe('readLines', () => {
  it('reports blank lines too, and no line after a final line break', async () => {
    expect(texts(await lines('a\n\nb\n'))).toEqual(['a', '', 'b']);
    expect(texts(await lines('a\n\nb'))).toEqual(['a', '', 'b']);
    expect(texts(await lines(''))).toEqual([]);
    expect(texts(await lines('\n'))).toEqual(['']);
    expect((await lines('a\n\nb')).map((l) => l.number)).toEqual([1, 2, 3]);
  });

  it('drops \\r of CRLF files and a leading byte order mark', async () => {
    expect(texts(await lines('\uFEFF{"id":1}\r\n{"id":2}\r\n'))).toEqual(['{"id":1}', '{"id":2}']);
  });

  it('joins lines cut across pieces, whatever the cut', async () => {
    const text = 'first line\n\nthird — データ\nlast';
    for (let size = 1; size <= text.length; size++) {
      const pieces: string[] = [];
      for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
      expect(texts(await lines(pieces))).toEqual(['first line', '', 'third — データ', 'last']);
    }
  });

  it('reports a line over the limit as too long, keeping its start, and goes on with the next', async () => {
    const long = '{"id":"big","text":"' + 'x'.repeat(100) + '"}';
    for (const input of [`a\n${long}\nb\n`, ['a\n{"id":"big",', '"text":"' + 'x'.repeat(50), 'x'.repeat(50) + '"}\nb\n']]) {
      const out = await lines(input, 60);
      expect(out.map((l) => [l.number, l.tooLong])).toEqual([[1, false], [2, true], [3, false]]);
      expect(out[1]!.text.startsWith('{"id":"big",')).toBe(true);
      expect(out[2]!.text).toBe('b');
    }
  });
});
