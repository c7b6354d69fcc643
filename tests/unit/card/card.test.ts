// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { describe as describeCard } from '../../../components/card/describe';
import { createCardLayer } from '../../../components/card/card';
import type { CardEnv, CopyOutcome } from '../../../components/card/types';
import type { Finding } from '../../../lib/model';
import { finding } from '../detect/fake-parse';

const hostile = '<img src=x onerror="window.__pwned=1">';

function env(overrides: Partial<CardEnv> = {}) {
  const calls = { explain: [] as Finding[], copy: [] as Finding[], dismissed: new Set<string>(), hidden: 0 };
  const base: CardEnv = {
    doc: document,
    lang: 'en',
    theme: () => 'light',
    describe: (f) => ({ verdict: `No identity-based policy allows ${f.action} — add it to role Dev`, layer: 'Identity-based policy', who: 'you' }),
    serviceLabel: 'EC2',
    isDismissed: (key) => calls.dismissed.has(key),
    dismiss: (key) => void calls.dismissed.add(key),
    explain: async (f) => {
      calls.explain.push(f);
      return 'opened';
    },
    copyFix: async (f): Promise<CopyOutcome> => {
      calls.copy.push(f);
      return { kind: 'copied', target: 'arn:aws:iam::111122223333:role/Dev' };
    },
    hideService: () => {
      calls.hidden++;
    },
    ...overrides,
  };
  return { env: base, calls };
}

const denial = finding({
  action: 's3:ListBucket',
  principal: 'arn:aws:sts::111122223333:assumed-role/Dev/alice',
  policyType: 'identity',
  denyKind: 'implicit',
});

function shadowText(host: HTMLElement): string {
  return host.shadowRoot?.textContent ?? '';
}

function buttonNamed(host: HTMLElement, label: string): HTMLButtonElement {
  const found = Array.from(host.shadowRoot?.querySelectorAll('button') ?? []).find((b) => b.textContent === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('card layer', () => {
  it('creates the contract host with data attributes and an open shadow root holding the verdict', () => {
    const { env: e } = env();
    const host = createCardLayer(e).create(denial, 'k1');
    expect(host.tagName.toLowerCase()).toBe('why-denied-card');
    expect(host.getAttribute('data-action')).toBe('s3:ListBucket');
    expect(host.getAttribute('data-resource')).toBe('');
    expect(host.getAttribute('data-policy-type')).toBe('identity');
    expect(host.getAttribute('data-deny-kind')).toBe('implicit');
    expect(host.getAttribute('data-category')).toBe('access-denied');
    expect(host.shadowRoot).not.toBeNull();
    expect(shadowText(host)).toContain('No identity-based policy allows s3:ListBucket — add it to role Dev');
    expect(shadowText(host)).toContain('Who acts: you');
    expect(shadowText(host)).toContain('Identity-based policy');
  });

  it('sets page text as text only: markup in a finding never becomes elements', () => {
    const { env: e } = env({ describe: (f) => ({ verdict: `denied ${f.action}`, layer: hostile, who: hostile }) });
    const host = createCardLayer(e).create(finding({ action: hostile, principal: hostile, resource: '<script>x()</script>' }), 'k');
    document.body.appendChild(host);
    expect(host.getAttribute('data-action')).toBe(hostile);
    expect(host.shadowRoot?.querySelector('img,script')).toBeNull();
    expect(shadowText(host)).toContain(hostile);
  });

  it('Explain and Copy fix call out with the finding and report the outcome', async () => {
    const { env: e, calls } = env();
    const host = createCardLayer(e).create(denial, 'k');
    buttonNamed(host, 'Explain').click();
    buttonNamed(host, 'Copy fix').click();
    await tick();
    expect(calls.explain).toEqual([denial]);
    expect(calls.copy).toEqual([denial]);
    expect(host.shadowRoot?.querySelector('.status')?.textContent).toBe('Policy copied: arn:aws:iam::111122223333:role/Dev');
  });

  it('for an explicit deny, says a Condition was copied for the denying statement, naming the layer when no ARN is known', async () => {
    const { env: e } = env({ copyFix: async () => ({ kind: 'copied-condition', action: 's3:PutObject', target: null }) });
    const host = createCardLayer(e).create(denial, 'k');
    buttonNamed(host, 'Copy fix').click();
    await tick();
    const status = host.shadowRoot?.querySelector('.status')?.textContent ?? '';
    expect(status).toMatch(/^Condition copied: add it to the statement that denies s3:PutObject in Identity-based policy, keeping the rest/);
    expect(status).toMatch(/owner to decide/);
  });

  it('says so when the extension is gone or there is no policy', async () => {
    const { env: e } = env({ copyFix: async () => ({ kind: 'no-policy' }), explain: async () => 'stale' });
    const host = createCardLayer(e).create(denial, 'k');
    buttonNamed(host, 'Copy fix').click();
    await tick();
    expect(host.shadowRoot?.querySelector('.status')?.textContent).toMatch(/no policy to copy/);
    buttonNamed(host, 'Explain').click();
    await tick();
    expect(host.shadowRoot?.querySelector('.status')?.textContent).toMatch(/Reload the page/);
  });

  it('is dismissible and stays dismissed when re-rendered', () => {
    const { env: e, calls } = env();
    const layer = createCardLayer(e);
    const host = layer.create(denial, 'k');
    buttonNamed(host, '×').click();
    expect(calls.dismissed.has('k')).toBe(true);
    expect(host.getAttribute('data-dismissed')).toBe('true');
    expect(host.style.getPropertyValue('display')).toBe('none');
    layer.update(host, { ...denial, resource: '*' }, 'k');
    expect(host.getAttribute('data-dismissed')).toBe('true');
    expect(host.getAttribute('data-resource')).toBe('*');
  });

  it('offers to hide cards on the service', () => {
    const { env: e, calls } = env();
    buttonNamed(createCardLayer(e).create(denial, 'k'), 'Hide on EC2').click();
    expect(calls.hidden).toBe(1);
  });

  it('groups: members collapse with data-grouped, the leader lists all and expands', () => {
    const { env: e, calls } = env();
    const layer = createCardLayer(e);
    const a = layer.create(denial, 'a');
    const b = layer.create({ ...denial, action: 'ec2:DescribeVolumes' }, 'b');
    layer.setRole(b, { kind: 'member' });
    expect(b.getAttribute('data-grouped')).toBe('true');
    expect(b.style.getPropertyValue('display')).toBe('none');
    layer.setRole(a, { kind: 'leader', members: [denial, { ...denial, action: 'ec2:DescribeVolumes' }] });
    expect(a.hasAttribute('data-grouped')).toBe(false);
    expect(a.getAttribute('data-group-size')).toBe('2');
    expect(shadowText(a)).toContain('2 access denials while this page loaded');
    const list = a.shadowRoot?.querySelector('ul');
    expect(list?.hidden).toBe(true);
    buttonNamed(a, 'Show all 2').click();
    expect(a.shadowRoot?.querySelector('ul')?.hidden).toBe(false);
    const explains = Array.from(a.shadowRoot?.querySelectorAll('li button') ?? []).filter((btn) => btn.textContent === 'Explain');
    expect(explains).toHaveLength(2);
    (explains[1] as HTMLButtonElement).click();
    expect(calls.explain[0]?.action).toBe('ec2:DescribeVolumes');
  });

  it('speaks Japanese when the page language is Japanese', () => {
    const { env: e } = env({ lang: 'ja' });
    const host = createCardLayer(e).create(denial, 'k');
    expect(buttonNamed(host, '詳しく見る')).toBeTruthy();
    expect(buttonNamed(host, '修正をコピー')).toBeTruthy();
    expect(buttonNamed(host, 'EC2 では表示しない')).toBeTruthy();
  });

  it('follows the console theme', () => {
    const { env: e } = env({ theme: () => 'dark' });
    expect(createCardLayer(e).create(denial, 'k').getAttribute('data-theme')).toBe('dark');
  });

  it('a card left open past the 24 h of its authorization details says they have likely expired', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 5, 9, 0) });
    try {
      const { env: e } = env({ describe: (f) => describeCard(f, 'en') });
      const withId = { ...denial, authorizationId: 'AbCdEf0123456789stale' };
      const host = createCardLayer(e).create(withId, 'k');
      document.body.append(host);
      const line = () => host.shadowRoot?.querySelector('.authz')?.textContent ?? '';
      expect(line()).toMatch(/^Authorization ID AbCdEf0123456789stale: AWS keeps the details until about/);
      vi.advanceTimersByTime(23 * 3600_000);
      expect(line()).toMatch(/keeps the details until about/);
      vi.advanceTimersByTime(3600_000 + 2000);
      expect(line()).toMatch(/^Authorization ID AbCdEf0123456789stale: the details have likely expired/);
      host.remove();
    } finally {
      vi.useRealTimers();
    }
  });
});
