// Least privilege, pinned: the built manifests (Chrome MV3 and Firefox MV2) ask for exactly the documented
// permissions and hosts, extension pages carry the strict CSP, and web-ext lint finds no error in the Firefox build.
// A new permission must be added here on purpose, with its reason in the README.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/support/browser';

/** The AWS console hosts (all partitions, regional and multi-session, S3, health dashboards) — and nothing else. */
const HOSTS = [
  'https://console.aws.amazon.com/*',
  'https://*.console.aws.amazon.com/*',
  'https://console.amazonaws-us-gov.com/*',
  'https://*.console.amazonaws-us-gov.com/*',
  'https://console.amazonaws.cn/*',
  'https://*.console.amazonaws.cn/*',
  'https://health.aws.amazon.com/*',
  'https://phd.aws.amazon.com/*',
].sort();

/** storage: settings, notices, per-tab state; sidePanel: the Chrome side panel. No tabs, no <all_urls>. */
const CHROME_PERMISSIONS = ['sidePanel', 'storage'];
/** Firefox MV2 lists hosts among permissions; the sidebar needs no permission. */
const FIREFOX_PERMISSIONS = ['storage'];

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

const NEVER = ['<all_urls>', 'tabs', 'webRequest', 'webRequestBlocking', 'scripting', 'downloads', 'history', 'cookies', 'debugger', 'management', 'nativeMessaging', 'clipboardRead', 'activeTab', 'webNavigation', '*://*/*', 'https://*/*', 'http://*/*'];

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: (string | { resources: string[]; matches: string[] })[];
  externally_connectable?: unknown;
  commands?: Record<string, unknown>;
  side_panel?: { default_path: string };
  sidebar_action?: { default_panel: string };
  update_url?: string;
}

function manifest(dir: string): Manifest {
  const file = join(ROOT, '.output', dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

const sorted = (list: string[] | undefined) => [...(list ?? [])].sort();

test.describe('manifest permissions are pinned', () => {
  test('Chrome MV3: storage + sidePanel, console hosts only, strict CSP', () => {
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect(sorted(m.permissions)).toEqual(CHROME_PERMISSIONS);
    expect(sorted(m.host_permissions)).toEqual(HOSTS);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.update_url).toBeUndefined();
    expect(m.content_security_policy).toEqual({ extension_pages: CSP, ...(typeof m.content_security_policy === 'object' && m.content_security_policy.sandbox ? { sandbox: m.content_security_policy.sandbox } : {}) });
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(Object.keys(m.commands ?? {})).toEqual(['open-side-panel']);
  });

  test('Firefox MV2: storage + console hosts, strict CSP, sidebar', () => {
    const m = manifest('firefox-mv2');
    expect(m.manifest_version).toBe(2);
    expect(sorted(m.permissions)).toEqual([...FIREFOX_PERMISSIONS, ...HOSTS].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.content_security_policy).toBe(CSP);
    expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(Object.keys(m.commands ?? {})).toEqual(['_execute_sidebar_action']);
  });

  for (const dir of ['chrome-mv3', 'firefox-mv2']) {
    test(`${dir}: content scripts and exposed files reach console hosts only, nothing broad`, () => {
      const m = manifest(dir);
      const all = [...(m.permissions ?? []), ...(m.host_permissions ?? [])];
      for (const p of NEVER) expect(all, `${dir} must not ask for ${p}`).not.toContain(p);
      for (const script of m.content_scripts ?? []) expect(sorted(script.matches)).toEqual(HOSTS);
      for (const entry of m.web_accessible_resources ?? []) {
        if (typeof entry === 'string') {
          // MV2: no match list; only script files the content script loads lazily, never a page of the extension.
          expect(entry).toMatch(/^[\w-]+\.js$/);
        } else {
          expect(sorted(entry.matches)).toEqual(HOSTS);
          for (const r of entry.resources) expect(r).toMatch(/^[\w-]+\.js$/);
        }
      }
    });
  }

  test('web-ext lint finds no error in the Firefox build', () => {
    const dir = join(ROOT, '.output/firefox-mv2');
    if (!existsSync(dir)) throw new Error(`${dir} is missing: run "npm run build" first.`);
    let out: string;
    try {
      out = execFileSync(process.execPath, [join(ROOT, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '-s', dir, '-o', 'json', '--no-config-discovery'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      });
    } catch (error) {
      // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: { code: string; message: string; file?: string }[] };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  });
});
