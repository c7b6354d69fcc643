// Shared by the parser's eval and bench: where the repository and the shared corpus are, and how to read it.
// Bundles run from node_modules/.cache, so the repository root is found by walking up to our package.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const pkg = resolve(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'why-denied') return dir;
      } catch {
        // keep walking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return process.cwd();
}

export const DEFAULT_CORPUS = '../shared/corpus/real-world.jsonl';

/** The corpus path: an argument (relative to the current directory) or the default next to the repository. */
export function corpusPath(arg: string | undefined): string {
  if (arg) return isAbsolute(arg) ? arg : resolve(process.cwd(), arg);
  return resolve(repoRoot(), DEFAULT_CORPUS);
}

export interface CorpusLine {
  id: string;
  text: string;
  expected: Record<string, unknown> & { category: string };
}

export function readCorpus(path: string): CorpusLine[] {
  const lines: CorpusLine[] = [];
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const obj = JSON.parse(raw) as Partial<CorpusLine>;
    if (typeof obj.id === 'string' && typeof obj.text === 'string' && obj.expected && typeof obj.expected.category === 'string') {
      lines.push(obj as CorpusLine);
    }
  }
  return lines;
}
