// The terminal entry's behaviour (DESIGN.md Contract 1), independent of Node's I/O so tests can drive it directly.
import { explain } from '../explain/index';
import { formatExplanation } from '../explain/format-text';
import type { Explanation, Finding, Lang } from '../model';
import { parseInput } from '../parse/index';
import type { CliOptions } from './args';
import { noFindingText, truncatedNote } from './messages';

export interface CliOutput {
  /** Standard output, in pieces (large batches are written as they are produced). */
  out(text: string): void;
  /** Standard error: notes for the human, never data. */
  err(text: string): void;
}

export async function runCli(options: CliOptions, input: string, io: CliOutput): Promise<number> {
  if (options.format === 'jsonl') {
    await runBatch(options, input, io);
    return 0;
  }
  const { findings, truncated } = parseInput(input);
  if (truncated) io.err(truncatedNote(options.lang) + '\n');
  if (options.command === 'parse') {
    io.out(JSON.stringify({ findings }) + '\n');
    return 0;
  }
  const explanations = await explainAll(findings, options.lang, input);
  if (options.format === 'json') {
    io.out(JSON.stringify({ explanations }) + '\n');
  } else if (explanations.length === 0) {
    io.out(noFindingText(options.lang) + '\n');
  } else {
    io.out(explanations.map(formatExplanation).join('\n\n' + '─'.repeat(60) + '\n\n') + '\n');
  }
  return 0;
}

async function runBatch(options: CliOptions, input: string, io: CliOutput): Promise<void> {
  let lineNo = 0;
  let pending: string[] = [];
  for (const line of input.split('\n')) {
    lineNo++;
    if (line.trim() === '') continue;
    pending.push(await batchLine(options, line, lineNo));
    if (pending.length >= 256) {
      io.out(pending.join(''));
      pending = [];
    }
  }
  io.out(pending.join(''));
}

async function batchLine(options: CliOptions, line: string, lineNo: number): Promise<string> {
  const request = readRequest(line);
  const key = options.command === 'parse' ? 'findings' : 'explanations';
  if ('error' in request) {
    return JSON.stringify({ id: request.id, [key]: [], error: `line ${lineNo}: ${request.error}` }) + '\n';
  }
  const { findings, truncated } = parseInput(request.text);
  const note = truncated ? { note: truncatedNote('en') } : {};
  if (options.command === 'parse') return JSON.stringify({ id: request.id, findings, ...note }) + '\n';
  return JSON.stringify({ id: request.id, explanations: await explainAll(findings, options.lang, request.text), ...note }) + '\n';
}

type BatchRequest = { id: unknown; text: string } | { id: unknown; error: string };

function readRequest(line: string): BatchRequest {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON; expected {"id":"…","text":"…"}' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: 'expected a JSON object {"id":"…","text":"…"}' };
  }
  const { id = null, text } = value as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return { id, error: '"text" must be a string' };
  return { id, text };
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
