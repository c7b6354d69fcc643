// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { applyCardAttributes, CARD_TAG } from '../../../lib/detect/attributes';
import { Detector, type CardLayer, type DetectorLimits, type Engine, type GroupRole } from '../../../lib/detect/detector';
import { findingsIn } from '../../../lib/detect/findings';
import { fingerprint } from '../../../lib/history/fingerprint';
import type { Finding } from '../../../lib/model';
import { fakeParse } from './fake-parse';

const URL_EC2 = 'https://us-east-1.console.aws.amazon.com/ec2/home#Home:';

function sentence(action: string, principal = 'arn:aws:iam::111122223333:user/dev'): string {
  return `User: ${principal} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`;
}

function flash(text: string, id = ''): string {
  return `<div data-analytics-flashbar="error" class="awsui_flash_1q84n_a" ${id ? `id="${id}"` : ''}><div class="awsui_flash-content_1q84n_b">${text}</div></div>`;
}

interface Harness {
  detector: Detector;
  roles: Map<Element, GroupRole>;
  changes: Finding[][];
  cards(): HTMLElement[];
}

/** Card hosts that carry the data attributes and nothing else: for tests that drive a Detector of their own. */
function attributeLayer(): CardLayer {
  return {
    create: (f) => {
      const e = document.createElement(CARD_TAG);
      applyCardAttributes(e, f);
      return e;
    },
    update: (host, f) => applyCardAttributes(host, f),
    setRole() {},
    destroy() {},
  };
}

function start(html: string, limits: Partial<DetectorLimits> = {}, url = URL_EC2): Harness {
  document.body.innerHTML = html;
  const roles = new Map<Element, GroupRole>();
  const changes: Finding[][] = [];
  const layer: CardLayer = {
    create(finding, key) {
      const host = document.createElement(CARD_TAG);
      host.setAttribute('data-key', key);
      applyCardAttributes(host, finding);
      return host;
    },
    update(host, finding) {
      applyCardAttributes(host, finding);
    },
    setRole(host, role) {
      roles.set(host, role);
      if (role.kind === 'member') host.setAttribute('data-grouped', 'true');
      else host.removeAttribute('data-grouped');
    },
    destroy() {},
  };
  const engine: Engine = { findingsIn: (text, strength) => findingsIn(text, fakeParse, strength), key: fingerprint, layer };
  const detector = new Detector({
    doc: document,
    needEngine: () => detector.setEngine(engine),
    pageUrl: () => url,
    now: () => performance.now(),
    defer: (run) => setTimeout(run, 1),
    onChange: (findings) => changes.push(findings),
    limits,
  });
  detector.start();
  running.push(detector);
  return { detector, roles, changes, cards: () => Array.from(document.querySelectorAll<HTMLElement>(CARD_TAG)) };
}

const settle = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

const running: Detector[] = [];
afterEach(() => {
  for (const detector of running.splice(0)) detector.stop();
  document.body.innerHTML = '';
});

describe('Detector', () => {
  it('puts one card right after a denial banner at load, with the contract attributes', async () => {
    const h = start(`<main>${flash(sentence('ec2:DescribeInstances'), 'f')}<p>other</p></main>`);
    await settle();
    const cards = h.cards();
    expect(cards).toHaveLength(1);
    expect(document.getElementById('f')?.nextElementSibling).toBe(cards[0]);
    const attrs = Object.fromEntries(cards[0]!.getAttributeNames().map((n) => [n, cards[0]!.getAttribute(n)]));
    expect(attrs).toMatchObject({
      'data-category': 'access-denied',
      'data-action': 'ec2:DescribeInstances',
      'data-principal': 'arn:aws:iam::111122223333:user/dev',
      'data-resource': '',
      'data-policy-type': 'identity',
      'data-deny-kind': 'implicit',
    });
    expect(h.changes).toHaveLength(1);
    h.detector.stop();
  });

  it('does nothing on a page without a denial', async () => {
    const h = start('<main><div data-analytics-flashbar="error">Rate exceeded</div><td>Deny</td></main>');
    document.body.insertAdjacentHTML('beforeend', flash('Request limit exceeded.'));
    await settle();
    expect(h.cards()).toHaveLength(0);
    expect(h.changes).toHaveLength(0);
    h.detector.stop();
  });

  it('catches a late banner, and removes its card when the banner goes', async () => {
    const h = start('<main id="m"></main>');
    document.getElementById('m')!.insertAdjacentHTML('beforeend', flash(sentence('athena:StartQueryExecution'), 'late'));
    await settle();
    expect(h.cards().map((c) => c.dataset.action)).toEqual(['athena:StartQueryExecution']);
    document.getElementById('late')!.remove();
    await settle();
    expect(h.cards()).toHaveLength(0);
    expect(h.changes.at(-1)).toEqual([]);
    h.detector.stop();
  });

  it('finds text split across nodes and <wbr>', async () => {
    const h = start('<main id="m"></main>');
    document.getElementById('m')!.innerHTML = flash(
      'User: <a>arn:aws:iam::1111<wbr>2222<wbr>3333:user/dev</a> is not autho<wbr>rized to perform: <b>s3:</b><b>ListBucket</b>',
    );
    await settle();
    expect(h.cards().map((c) => [c.dataset.principal, c.dataset.action])).toEqual([['arn:aws:iam::111122223333:user/dev', 's3:ListBucket']]);
    h.detector.stop();
  });

  it('puts a card back when the page re-renders it away, and follows a re-created message', async () => {
    const h = start(`<ul><li id="li">${flash(sentence('iam:ListRoles'), 'f')}</li></ul>`);
    await settle();
    const card = h.cards()[0]!;
    card.remove();
    await settle();
    expect(h.cards()).toEqual([card]);
    // React replaces the whole item: same denial, new nodes.
    document.getElementById('li')!.innerHTML = flash(sentence('iam:ListRoles'), 'f2');
    await settle();
    expect(h.cards()).toEqual([card]);
    expect(document.getElementById('f2')?.nextElementSibling).toBe(card);
    h.detector.stop();
  });

  it('updates or drops the card when the banner text is rewritten', async () => {
    const h = start(flash(sentence('s3:GetObject'), 'f'));
    await settle();
    const content = document.querySelector('#f div')!;
    const card = h.cards()[0];
    content.textContent = sentence('s3:PutObject');
    await settle();
    expect(h.cards().map((c) => c.getAttribute('data-action'))).toEqual(['s3:PutObject']);
    // The message now says another denial: the same card, re-labelled.
    expect(h.cards()[0]).toBe(card);
    content.firstChild!.nodeValue = 'Request limit exceeded.';
    await settle();
    expect(h.cards()).toHaveLength(0);
    h.detector.stop();
  });

  it('cools down a message rewritten non-stop: bounded parsing, the last text wins', async () => {
    document.body.innerHTML = flash('Loading', 'f');
    let parses = 0;
    const layer = attributeLayer();
    const engine: Engine = {
      findingsIn: (t, st) => {
        parses++;
        return findingsIn(t, fakeParse, st);
      },
      key: fingerprint,
      layer,
    };
    // The detector's clock is ours: 1,000 rewrites 1.5 ms apart are 1.5 s of the page's life on any machine.
    let clock = 10_000;
    const detector: Detector = new Detector({
      doc: document,
      needEngine: () => detector.setEngine(engine),
      pageUrl: () => URL_EC2,
      now: () => clock,
      defer: (run) => setTimeout(run, 0),
      onChange: () => {},
    });
    running.push(detector);
    detector.start();
    const content = document.querySelector('#f div')!;
    const n = 1_000;
    for (let i = 0; i < n; i++) {
      content.textContent = sentence(`s3:Action${i}`);
      clock += 1.5;
      await new Promise((r) => setTimeout(r, 0));
    }
    clock += 400;
    await settle(20);
    // Up to 10 immediate reads a second, then one every 250 ms: a small fraction of the rewrites.
    expect(parses).toBeGreaterThan(10);
    expect(parses).toBeLessThan(40);
    expect(document.querySelector(CARD_TAG)?.getAttribute('data-action')).toBe(`s3:Action${n - 1}`);
  });

  it('stops and removes its cards when the signal it was given aborts (WXT ctx.signal)', async () => {
    const controller = new AbortController();
    document.body.innerHTML = `<main>${flash(sentence('ec2:DescribeInstances'), 'f')}</main>`;
    const layer = attributeLayer();
    const detector: Detector = new Detector({
      doc: document,
      needEngine: () => detector.setEngine({ findingsIn: (t, st) => findingsIn(t, fakeParse, st), key: fingerprint, layer }),
      pageUrl: () => URL_EC2,
      now: () => performance.now(),
      defer: (run) => setTimeout(run, 1),
      onChange: () => {},
      signal: controller.signal,
    });
    running.push(detector);
    detector.start();
    await settle();
    expect(document.querySelectorAll(CARD_TAG)).toHaveLength(1);
    controller.abort();
    expect(document.querySelectorAll(CARD_TAG)).toHaveLength(0);
    document.body.insertAdjacentHTML('beforeend', flash(sentence('s3:ListBucket')));
    await settle();
    expect(document.querySelectorAll(CARD_TAG)).toHaveLength(0);
    expect(detector.findings()).toEqual([]);
  });

  it('does not start on an already aborted signal', async () => {
    document.body.innerHTML = flash(sentence('ec2:DescribeInstances'));
    let asked = 0;
    const detector = new Detector({
      doc: document,
      needEngine: () => asked++,
      pageUrl: () => URL_EC2,
      now: () => performance.now(),
      defer: (run) => setTimeout(run, 1),
      onChange: () => {},
      signal: AbortSignal.abort(),
    });
    detector.start();
    await settle();
    expect(asked).toBe(0);
  });

  it('shows one card per distinct denial and hands it over when the first message goes', async () => {
    const h = start(`${flash(sentence('kms:ListAliases'), 'a')}<table><tr><td id="cell">${sentence('kms:ListAliases')}</td></tr></table>`);
    await settle();
    expect(h.cards()).toHaveLength(1);
    document.getElementById('a')!.remove();
    await settle();
    expect(h.cards()).toHaveLength(1);
    expect(h.cards()[0]?.parentElement?.id).toBe('cell');
    h.detector.stop();
  });

  it('groups denials raised at page load into one leader, later ones stand alone', async () => {
    const h = start(flash(sentence('ec2:DescribeVolumes')) + flash(sentence('ec2:DescribeAddresses')) + flash(sentence('ec2:DescribeSnapshots')));
    await settle();
    const [leader, ...members] = h.cards();
    expect(h.roles.get(leader!)).toEqual({ kind: 'leader', members: expect.any(Array) });
    expect((h.roles.get(leader!) as { members: Finding[] }).members.map((f) => f.action)).toEqual([
      'ec2:DescribeVolumes',
      'ec2:DescribeAddresses',
      'ec2:DescribeSnapshots',
    ]);
    expect(members.map((m) => m.dataset.grouped)).toEqual(['true', 'true']);
    h.detector.markInteraction();
    document.body.insertAdjacentHTML('beforeend', flash(sentence('ec2:StopInstances'), 'later'));
    await settle();
    const later = h.cards().find((c) => c.dataset.action === 'ec2:StopInstances')!;
    expect(later.dataset.grouped).toBeUndefined();
    expect(h.roles.get(later)).toEqual({ kind: 'single' });
    h.detector.stop();
  });

  it('bounds cards under a flood of distinct banners', async () => {
    const h = start('<main id="m"></main>', { maxCards: 50 });
    const main = document.getElementById('m')!;
    const html: string[] = [];
    for (let i = 0; i < 2_000; i++) html.push(flash(sentence(`s3:Action${i}`)));
    main.innerHTML = html.join('');
    for (let i = 0; i < 50 && h.cards().length < 50; i++) await settle(10);
    expect(h.cards()).toHaveLength(50);
    expect(h.changes.at(-1)).toHaveLength(50);
    h.detector.stop();
  });

  it('reads waiting banners once a card slot frees up', async () => {
    const h = start('<main id="m"></main>', { maxCards: 3 });
    const html: string[] = [];
    for (let i = 0; i < 10; i++) html.push(flash(sentence(`sqs:Action${i}`), `b${i}`));
    document.getElementById('m')!.innerHTML = html.join('');
    await settle(50);
    const before = h.cards().map((c) => c.getAttribute('data-action'));
    expect(before).toHaveLength(3);
    const shownId = document.querySelector(CARD_TAG)!.previousElementSibling!.id;
    document.getElementById(shownId)!.remove();
    await settle(50);
    const after = h.cards().map((c) => c.getAttribute('data-action'));
    expect(after).toHaveLength(3);
    expect(after).not.toEqual(before);
  });

  it('keeps finding denials with cards off, and shows them when switched on', async () => {
    const h = start(flash(sentence('lambda:ListFunctions')));
    await settle();
    h.detector.setCardsEnabled(false);
    expect(h.cards()).toHaveLength(0);
    document.body.insertAdjacentHTML('beforeend', flash(sentence('lambda:GetFunction')));
    await settle();
    expect(h.cards()).toHaveLength(0);
    expect(h.detector.findings().map((f) => f.action).sort()).toEqual(['lambda:GetFunction', 'lambda:ListFunctions']);
    h.detector.setCardsEnabled(true);
    expect(h.cards()).toHaveLength(2);
    h.detector.stop();
  });

  it('removes stray cards of an earlier instance at start and all of its own at stop', async () => {
    const first = start(flash(sentence('sqs:ListQueues')));
    await settle();
    expect(first.cards()).toHaveLength(1);
    // A second instance (the extension was updated and the content script injected again) takes over.
    const layer = attributeLayer();
    const second: Detector = new Detector({
      doc: document,
      needEngine: () => second.setEngine({ findingsIn: (t, st) => findingsIn(t, fakeParse, st), key: fingerprint, layer }),
      pageUrl: () => URL_EC2,
      now: () => performance.now(),
      defer: (run) => setTimeout(run, 1),
      onChange: () => {},
    });
    first.detector.stop();
    second.start();
    expect(first.cards()).toHaveLength(1);
    second.stop();
    expect(first.cards()).toHaveLength(0);
    document.body.insertAdjacentHTML('beforeend', flash(sentence('sqs:GetQueueUrl')));
    await settle();
    expect(first.cards()).toHaveLength(0);
  });

  it('asks for the engine only when a page shows denial-like text, and evaluates once it arrives', async () => {
    document.body.innerHTML = '<main id="m"><p>Instances (3)</p></main>';
    let asked = 0;
    const detector: Detector = new Detector({
      doc: document,
      needEngine: () => asked++,
      pageUrl: () => URL_EC2,
      now: () => performance.now(),
      defer: (run) => setTimeout(run, 1),
      onChange: () => {},
    });
    running.push(detector);
    detector.start();
    document.getElementById('m')!.insertAdjacentHTML('beforeend', '<p>Stopped 2 instances</p>');
    await settle();
    expect(asked).toBe(0);
    document.getElementById('m')!.insertAdjacentHTML('beforeend', flash(sentence('ec2:StopInstances')));
    await settle();
    expect(asked).toBe(1);
    expect(document.querySelectorAll(CARD_TAG)).toHaveLength(0);
    const layer = attributeLayer();
    detector.setEngine({ findingsIn: (t, st) => findingsIn(t, fakeParse, st), key: fingerprint, layer });
    expect(document.querySelector(CARD_TAG)?.getAttribute('data-action')).toBe('ec2:StopInstances');
    expect(asked).toBe(1);
  });

  it('ignores table cells of log viewers but not their banners', async () => {
    const cloudtrail = 'https://us-east-1.console.aws.amazon.com/cloudtrailv2/home#/events';
    const h = start(`<table><tr><td>${sentence('s3:ListAllMyBuckets')}</td></tr></table>${flash(sentence('cloudtrail:LookupEvents'))}`, {}, cloudtrail);
    await settle();
    expect(h.cards().map((c) => c.dataset.action)).toEqual(['cloudtrail:LookupEvents']);
    h.detector.stop();
  });
});
