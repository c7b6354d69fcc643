// Every generated service module, read straight from disk: tests that need the whole index skip the module
// transform a dynamic import of 456 files would cost (the lazy loader itself is tested on a few services).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serviceLoaders } from '../../../lib/iam/generated/services.js';
import { IamIndex } from '../../../lib/iam/index';
import type { ServiceData } from '../../../lib/iam/types';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../lib/iam/generated');

export function readService(key: string): ServiceData {
  const text = readFileSync(join(dir, `${key}.js`), 'utf8');
  const m = /^export default JSON\.parse\(('(?:[^'\\]|\\.)*')\);\s*$/s.exec(text);
  if (!m?.[1]) throw new Error(`unexpected generated module ${key}.js`);
  // The module body is one string literal: evaluate just that literal, then parse it as the module would.
  const json = new Function(`return ${m[1]};`)() as string;
  return JSON.parse(json) as ServiceData;
}

export function allServices(): IamIndex {
  return new IamIndex(Object.keys(serviceLoaders).map(readService));
}
