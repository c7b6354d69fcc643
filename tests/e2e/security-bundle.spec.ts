// No code from strings and no HTML from data: the production bundles (Chrome and Firefox) contain no eval, no
// new Function, no string timers, no document.write, and the only HTML sink is Preact's dangerouslySetInnerHTML
// branch — which the project's own source never uses, so page text cannot reach it.
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../../scripts/support/browser';

function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

/** Code sinks: any hit fails. */
const CODE_SINKS: [string, RegExp][] = [
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['Function constructor call', /(?<![\w$.])Function\s*\(\s*["'`]/],
  ['string setTimeout/setInterval', /set(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['document.write', /document\.write(?:ln)?\s*\(/],
];

/** HTML sinks: a hit fails unless it is the one allowed pattern. */
const HTML_SINKS: [string, RegExp][] = [
  ['innerHTML', /innerHTML/g],
  ['outerHTML', /outerHTML\s*=/g],
  ['insertAdjacentHTML', /insertAdjacentHTML/g],
  ['createContextualFragment', /createContextualFragment/g],
  ['srcdoc', /\.srcdoc\s*=/g],
  ['DOMParser', /new\s+DOMParser/g],
];

/** Preact's dangerouslySetInnerHTML branch, minified: `x.__html==y.innerHTML` and `y.innerHTML=x.__html`. */
function isPreactDangerousBranch(source: string, index: number): boolean {
  const around = source.slice(Math.max(0, index - 40), index + 40);
  return /\.__html==\w+\.innerHTML|\.innerHTML=\w+\.__html/.test(around);
}

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:"'`\\])\/\/.*$/gm, '$1');
}

for (const build of ['chrome-mv3', 'firefox-mv2']) {
  test(`${build}: bundles carry no eval-like code and no HTML sink for data`, () => {
    const dir = join(ROOT, '.output', build);
    const bundles = files(dir, /\.js$/);
    expect(bundles.length, `no bundles in ${dir}: run "npm run build" first`).toBeGreaterThan(0);
    const problems: string[] = [];
    let preactBranches = 0;
    for (const file of bundles) {
      const code = readFileSync(file, 'utf8');
      const name = relative(dir, file);
      for (const [label, pattern] of CODE_SINKS) if (pattern.test(code)) problems.push(`${name}: ${label}`);
      for (const [label, pattern] of HTML_SINKS) {
        for (const match of code.matchAll(pattern)) {
          if (label === 'innerHTML' && isPreactDangerousBranch(code, match.index)) preactBranches++;
          else problems.push(`${name}: ${label} at ${match.index}: …${code.slice(Math.max(0, match.index - 50), match.index + 50)}…`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Exactly Preact's two references (compare and assign) in the one shared chunk, if Preact is bundled at all.
    expect([0, 2]).toContain(preactBranches);
  });
}

test('the project source never feeds HTML or code from strings', () => {
  const sources = ['components', 'entrypoints', 'lib'].flatMap((d) => files(join(ROOT, d), /\.(ts|tsx)$/));
  expect(sources.length).toBeGreaterThan(10);
  const problems: string[] = [];
  const sinks: [string, RegExp][] = [
    ...CODE_SINKS,
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['innerHTML', /\.innerHTML\b/],
    ['outerHTML', /\.outerHTML\s*=/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['createContextualFragment', /createContextualFragment/],
    ['srcdoc assignment', /\.srcdoc\s*=(?!=)|setAttribute\(\s*["'`]srcdoc/],
    ['on* handler attribute', /setAttribute\(\s*["'`]on\w+/i],
  ];
  for (const file of sources) {
    const code = stripComments(readFileSync(file, 'utf8'));
    for (const [label, pattern] of sinks) if (pattern.test(code)) problems.push(`${relative(ROOT, file)}: ${label}`);
  }
  expect(problems).toEqual([]);
});
