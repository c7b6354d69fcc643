#!/usr/bin/env node
// Rooms a newcomer can read: no source file over 400 lines and no function over 120 lines in lib/, components/,
// entrypoints/ and scripts/ (issue 17). Functions are found with the TypeScript compiler's parser, so a long object
// literal or table is not a function, and a function's nested functions count on their own. Generated code
// (lib/iam/generated/) is data, not a room. Exits 1 and lists what is over; `--report` lists and exits 0.
// Usage: node scripts/check-size.mjs [--report] [--max-file N] [--max-function N] [folder…]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  args.splice(i, 2);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`check-size: ${name} takes a whole number\n`);
    process.exit(2);
  }
  return value;
};
const reportOnly = args.includes('--report');
if (reportOnly) args.splice(args.indexOf('--report'), 1);
const MAX_FILE = option('--max-file', 400);
const MAX_FUNCTION = option('--max-function', 120);
const folders = args.length ? args : ['lib', 'components', 'entrypoints', 'scripts'];
const SOURCE = /\.(?:ts|tsx|mts|mjs|js)$/;
const SKIP = new Set(['node_modules', 'generated']);

function filesUnder(dir) {
  const out = [];
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Lines of a file as an editor counts them (a final newline ends the last line, it does not start one). */
const lineCount = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

function functionName(node, sf) {
  if (node.name) return node.name.getText(sf);
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name) {
    return parent.name.getText(sf);
  }
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  return '(anonymous)';
}

function longFunctions(path, text) {
  const kind = path.endsWith('x') ? ts.ScriptKind.TSX : /\.m?js$/.test(path) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const found = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > MAX_FUNCTION) found.push({ name: functionName(node, sf), line: start + 1, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const problems = [];
for (const folder of folders) {
  for (const path of filesUnder(resolve(root, folder))) {
    const text = readFileSync(path, 'utf8');
    const name = relative(root, path);
    const lines = lineCount(text);
    if (lines > MAX_FILE) problems.push(`${name}: ${lines} lines (over ${MAX_FILE})`);
    for (const f of longFunctions(path, text)) problems.push(`${name}:${f.line}: function ${f.name} has ${f.lines} lines (over ${MAX_FUNCTION})`);
  }
}
if (problems.length === 0) process.exit(0);
process.stderr.write(`check-size: ${problems.length} over the limits (files ≤ ${MAX_FILE} lines, functions ≤ ${MAX_FUNCTION} lines)\n`);
for (const p of problems) process.stderr.write(`  ${p}\n`);
process.exit(reportOnly ? 0 : 1);
