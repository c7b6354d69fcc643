// What the parity tests compare: the terminal's explanations of the shared corpus (the CLI itself, run as users
// run it), and the part of an explanation a person sees, read the same way from an Explanation object and from the
// rendered view in the popup or the side panel.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator } from '@playwright/test';
import { commandsNotInSteps } from '../../../lib/explain/shown-commands';
import { plainText } from '../../../lib/inline-code';
import type { Explanation, Lang } from '../../../lib/model';
import { ROOT } from '../../../scripts/support/browser';

export const CORPUS = resolve(ROOT, '../shared/corpus/real-world.jsonl');

export interface CorpusLine {
  id: string;
  text: string;
}

export function readCorpus(): CorpusLine[] {
  if (!existsSync(CORPUS)) return [];
  return readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const { id, text } = JSON.parse(l) as CorpusLine;
      return { id, text };
    });
}

/** `cli explain --jsonl`: one answer per line, each line's text being the context its findings are explained with. */
export function cliExplain(lines: CorpusLine[], lang: Lang): Map<string, Explanation[]> {
  const dir = mkdtempSync(join(tmpdir(), 'why-denied-parity-'));
  try {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, lines.map((l) => JSON.stringify({ id: l.id, text: l.text })).join('\n') + '\n');
    const fd = openSync(file, 'r');
    const run = spawnSync('npm', ['run', '--silent', 'cli', '--', 'explain', '--jsonl', '--lang', lang], {
      cwd: ROOT,
      stdio: [fd, 'pipe', 'pipe'],
      maxBuffer: 512 * 1024 * 1024,
      encoding: 'utf8',
    });
    closeSync(fd);
    if (run.status !== 0) throw new Error(`cli explain --jsonl failed (${run.status}): ${run.stderr}`);
    const out = new Map<string, Explanation[]>();
    for (const line of run.stdout.split('\n')) {
      if (!line.trim()) continue;
      const answer = JSON.parse(line) as { id: string; explanations: Explanation[] };
      out.set(answer.id, answer.explanations);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a person reads and copies from an explanation (`code` spans read as code, without their backticks). */
export interface SeenExplanation {
  verdict: string;
  warnings: string[];
  causes: string[];
  fixes: { attachTo: string | null; note: string; policy: unknown }[];
  steps: [string, string | null][];
  commands: string[];
  links: string[];
  adminRequest: string;
}

export function seenIn(e: Explanation): SeenExplanation {
  return {
    verdict: plainText(e.verdict),
    warnings: (e.warnings ?? []).map(plainText),
    causes: e.causes.map((c) => plainText(c.reason)),
    // An explicit deny's fix shows the Condition to add to the denying statement (Fix.edit) where a policy would be.
    fixes: e.fixes.map((f) => ({ attachTo: f.attachTo, note: plainText(f.note ?? ''), policy: f.policy ?? (f.edit ? { Condition: f.edit.addCondition } : null) })),
    steps: e.steps.map((s) => [plainText(s.title), s.command ?? null]),
    // Commands a step already shows are listed once, with the step (lib/explain/shown-commands.ts).
    commands: commandsNotInSteps(e.commands, e.steps).map((c) => c.command),
    links: e.links.map((l) => plainText(l.label)),
    adminRequest: e.adminRequest,
  };
}

/** The same, read from a rendered `[data-testid=explanation]` (components/ExplanationView.tsx). */
export function seenOnScreen(view: Locator): Promise<SeenExplanation> {
  return view.evaluate((article) => {
    const text = (el: Element | null | undefined) => el?.textContent ?? '';
    const all = (sel: string, root: Element = article) => Array.from(root.querySelectorAll(sel));
    return {
      verdict: text(article.querySelector('h2.verdict')),
      warnings: all('[data-testid=explanation-warning]').map(text),
      causes: all('.causes > li > p').map(text),
      fixes: all('.fixes > li.fix').map((li) => {
        const where = li.querySelector('.fix-meta .summary-row:nth-child(2) dd');
        const json = li.querySelector('pre.json');
        return {
          attachTo: where?.classList.contains('mono') ? text(where) : null,
          note: text(li.querySelector(':scope > p.note:not(.placeholders)')),
          policy: json ? (JSON.parse(text(json)) as unknown) : null,
        };
      }),
      steps: all('.steps > li').map((li) => [text(li.querySelector('.step-title span')), li.querySelector('pre.command code') ? text(li.querySelector('pre.command code')) : null] as [string, string | null]),
      commands: all('.commands pre.command code').map(text),
      links: all('.links > li > *').map(text),
      adminRequest: text(article.querySelector('pre.admin-request')),
    };
  });
}
