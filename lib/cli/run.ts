// The terminal entry's behaviour (DESIGN.md Contract 1), independent of Node's I/O so tests can drive it directly:
// the input is text or text arriving in pieces (stdin as a stream), the output a writer that may ask to wait.
import { explain } from '../explain/index';
import { formatExplanation } from '../explain/format-text';
import type { Explanation, Finding, Lang } from '../model';
import { parseInput } from '../parse/index';
import { CappedCollector } from '../parse/limit';
import type { CliOptions } from './args';
import { readLines, type InputLine } from './lines';
import { lineTooLongText, noFindingText, truncatedNote } from './messages';

export interface CliOutput {
  /** Standard output, in pieces. A returned promise means "wait before writing more" (a slow reader downstream). */
  out(text: string): void | Promise<void>;
  /** Standard error: notes for the human, never data. */
  err(text: string): void;
}

/** All of the input at once, or its pieces as they arrive. */
export type CliInput = string | AsyncIterable<string>;

/** Batch output is written in pieces of about this size: few writes, and memory stays flat on long batches. */
const FLUSH_AT = 64 * 1024;

export async function runCli(options: CliOptions, input: CliInput, io: CliOutput): Promise<number> {
  if (options.command !== 'parse' && options.command !== 'explain') return 2;
  if (options.format === 'jsonl') {
    await runBatch(options, input, io);
    return 0;
  }
  const { text, truncated } = await collect(input);
  if (truncated) io.err(truncatedNote(options.lang) + '\n');
  // The text is already within the limit: parseInput will not cut again.
  const { findings } = parseInput(text);
  if (options.command === 'parse') {
    await io.out(JSON.stringify({ findings }) + '\n');
    return 0;
  }
  const explanations = await explainAll(findings, options.lang, text);
  if (options.format === 'json') {
    await io.out(JSON.stringify({ explanations }) + '\n');
  } else if (explanations.length === 0) {
    await io.out(noFindingText(options.lang) + '\n');
  } else {
    await io.out(explanations.map(formatExplanation).join('\n\n' + '─'.repeat(60) + '\n\n') + '\n');
  }
  return 0;
}

async function collect(input: CliInput): Promise<{ text: string; truncated: boolean }> {
  const collector = new CappedCollector();
  if (typeof input === 'string') collector.push(input);
  else for await (const piece of input) collector.push(piece);
  return collector.finish();
}

/** One output line per input line, in order — blank, malformed and over-long lines get an error object in place. */
async function runBatch(options: CliOptions, input: CliInput, io: CliOutput): Promise<void> {
  let pending = '';
  for await (const line of readLines(input)) {
    pending += await batchLine(options, line);
    if (pending.length >= FLUSH_AT) {
      await io.out(pending);
      pending = '';
    }
  }
  if (pending) await io.out(pending);
}

async function batchLine(options: CliOptions, line: InputLine): Promise<string> {
  const request = readRequest(line);
  const key = options.command === 'parse' ? 'findings' : 'explanations';
  if ('error' in request) {
    return JSON.stringify({ id: request.id, [key]: [], error: `line ${line.number}: ${request.error}` }) + '\n';
  }
  // A line within the limit holds a text within the limit: nothing here is ever cut.
  const { findings } = parseInput(request.text);
  if (options.command === 'parse') return JSON.stringify({ id: request.id, findings }) + '\n';
  return JSON.stringify({ id: request.id, explanations: await explainAll(findings, options.lang, request.text) }) + '\n';
}

type BatchRequest = { id: unknown; text: string } | { id: unknown; error: string };

const EXPECTED = 'expected {"id":"…","text":"…"}';

function readRequest(line: InputLine): BatchRequest {
  if (line.tooLong) return { id: leadingId(line.text), error: lineTooLongText() };
  if (line.text.trim() === '') return { id: null, error: `blank line; ${EXPECTED}` };
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch {
    return { id: leadingId(line.text), error: `not valid JSON; ${EXPECTED}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null, error: `not a JSON object; ${EXPECTED}` };
  const { id = null, text } = value as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return { id, error: '"text" must be a string' };
  return { id, text };
}

/** The id of a line that cannot be read whole (cut JSON, a line over the limit), when it comes first: pairing by id still works. */
function leadingId(text: string): unknown {
  const match = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\\n]|\\.){0,1000}"|-?\d{1,20}(?:\.\d{1,20})?)\s*[,}]/.exec(text.slice(0, 2100));
  if (!match) return null;
  try {
    return JSON.parse(match[1]!) as unknown;
  } catch {
    return null;
  }
}

/**
 * `context` is the text the findings were read from: the clues that name the workload (a Lambda stack trace, a
 * kubectl line, the workflow's own error) often sit around the denial sentence rather than in it.
 */
async function explainAll(findings: Finding[], lang: Lang, context: string): Promise<Explanation[]> {
  const explanations: Explanation[] = [];
  for (const finding of findings) explanations.push(await explain(finding, { lang, context }));
  return explanations;
}
