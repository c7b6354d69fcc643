// scripts/check-size.mjs, the first step of `npm test`: it must catch a long file and a long function, and pass
// short ones (objects and tables are not functions).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = resolve(__dirname, '../../scripts/check-size.mjs');
const dir = mkdtempSync(join(tmpdir(), 'check-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const body = (n: number) => Array.from({ length: n }, (_, i) => `  total += ${i};`).join('\n');
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

describe('check-size', () => {
  it('lists a file over 400 lines and a function over 120 lines, and fails', () => {
    const folder = join(dir, 'bad');
    mkdirSync(folder);
    writeFileSync(join(folder, 'long-function.ts'), `export function long(): number {\n  let total = 0;\n${body(125)}\n  return total;\n}\n`);
    writeFileSync(join(folder, 'long-file.ts'), Array.from({ length: 401 }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n');
    const result = run(folder);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/long-file\.ts: 401 lines/);
    expect(result.stderr).toMatch(/long-function\.ts:1: function long has 129 lines/);
    expect(run('--report', folder).status).toBe(0);
  });

  it('passes short functions, and a long table that is no function', () => {
    const folder = join(dir, 'good');
    mkdirSync(folder);
    writeFileSync(join(folder, 'ok.ts'), `export function short(): number {\n  let total = 0;\n${body(100)}\n  return total;\n}\nexport const TABLE = {\n${Array.from({ length: 200 }, (_, i) => `  k${i}: ${i},`).join('\n')}\n};\n`);
    const result = run(folder);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
