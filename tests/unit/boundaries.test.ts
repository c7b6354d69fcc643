// Where code may reach: scripts never import from tests/ (tests may import scripts/support/), and only the one
// oracle adapter (tests/support/iam-engine.ts) reaches into iam-simulate's dist/ past the package's exports, so a
// version bump breaks one file. Import specifiers are read as text: this runs on the sources, not a build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SOURCE = /\.(?:ts|tsx|mts|mjs|js)$/;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (SOURCE.test(name)) out.push(path);
  }
  return out;
}

/** Every module specifier a file names: static and dynamic imports, re-exports. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"\n]+)\1/g)) found.push(m[2]!);
  return found;
}

describe('import boundaries', () => {
  it('scripts/ imports nothing from tests/', () => {
    const offenders: string[] = [];
    for (const file of filesUnder(join(ROOT, 'scripts'))) {
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const target = relative(ROOT, resolve(dirname(file), spec));
        if (target === 'tests' || target.startsWith('tests/')) offenders.push(`${relative(ROOT, file)} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("only tests/support/iam-engine.ts reaches into iam-simulate's dist/", () => {
    const reaching = ['lib', 'components', 'entrypoints', 'scripts', 'tests']
      .flatMap((top) => filesUnder(join(ROOT, top)))
      .filter((file) => specifiers(readFileSync(file, 'utf8')).some((spec) => /iam-simulate\/dist\//.test(spec)))
      .map((file) => relative(ROOT, file));
    expect(reaching).toEqual(['tests/support/iam-engine.ts']);
  });
});
