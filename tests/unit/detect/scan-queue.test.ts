// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ScanQueue } from '../../../lib/detect/scan-queue';

const DENIAL = 'User: arn:aws:iam::111122223333:user/dev is not authorized to perform: s3:ListBucket';

afterEach(() => {
  document.body.innerHTML = '';
});

function added(...nodes: Node[]): MutationRecord {
  return { type: 'childList', target: document.body, addedNodes: nodes as unknown as NodeList, removedNodes: [] as unknown as NodeList } as unknown as MutationRecord;
}

function collect(queue: ScanQueue, deadline = Number.POSITIVE_INFINITY): Element[] {
  const found: Element[] = [];
  queue.scanRoots(deadline, (el) => found.push(el));
  return found;
}

describe('ScanQueue', () => {
  it('a full scan hands over the elements whose text may hold a denial, and nothing else', () => {
    document.body.innerHTML = `<p id="a">${DENIAL}</p><p>Rate exceeded</p><p id="b">AccessDenied</p>`;
    const queue = new ScanQueue(document, () => 0, 100);
    queue.requestFullScan();
    expect(queue.hasWork).toBe(true);
    expect(collect(queue).map((el) => el.id)).toEqual(['a', 'b']);
    expect(queue.hasWork).toBe(false);
  });

  it('reads added nodes once filed, skipping our own card hosts', () => {
    const queue = new ScanQueue(document, () => 0, 100);
    const p = document.createElement('p');
    p.textContent = DENIAL;
    const card = document.createElement('why-denied-card');
    card.textContent = DENIAL;
    document.body.append(p, card);
    expect(queue.file([added(p, card)], false, false)).toEqual({ removals: false, flooded: false });
    expect(collect(queue)).toEqual([p]);
  });

  it('reads a denial split across text nodes as its subtree', () => {
    const queue = new ScanQueue(document, () => 0, 100);
    const div = document.createElement('div');
    div.innerHTML = 'User: dev is not authori<wbr>zed to perform: s3:ListBucket';
    document.body.append(div);
    queue.file([added(div)], false, false);
    expect(collect(queue)).toEqual([div]);
  });

  it('drops a flood of nodes for one full rescan', () => {
    const queue = new ScanQueue(document, () => 0, 3);
    const nodes = Array.from({ length: 5 }, () => document.body.appendChild(document.createElement('span')));
    expect(queue.file([added(...nodes)], false, false).flooded).toBe(true);
    expect(queue.backlog).toBe(true);
  });

  it('reports removals only when cards are shown, and finds the followed message above a change site', () => {
    document.body.innerHTML = '<div id="msg"><span id="inner">text</span></div>';
    const queue = new ScanQueue(document, () => 0, 100);
    const inner = document.getElementById('inner')!;
    const removal = { type: 'childList', target: inner, addedNodes: [], removedNodes: [document.createElement('b')] } as unknown as MutationRecord;
    expect(queue.file([removal], true, false).removals).toBe(false);
    expect(queue.file([removal], true, true).removals).toBe(true);
    const changed: string[] = [];
    queue.scanChangeSites(
      (el) => el.id === 'msg',
      (el) => changed.push(el.id),
    );
    expect(changed).toEqual(['msg']);
  });

  it('stops at the deadline and resumes the walk where it stopped', () => {
    document.body.innerHTML = Array.from({ length: 600 }, (_, i) => `<p id="p${i}">${DENIAL}</p>`).join('');
    let t = 0;
    const queue = new ScanQueue(document, () => t, 100);
    queue.requestFullScan();
    const first: Element[] = [];
    queue.scanRoots(10, (el) => {
      first.push(el);
      t = 20; // past the deadline: the walk notices at its next clock read (every 256 nodes)
    });
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(600);
    expect(queue.backlog).toBe(true);
    const rest = collect(queue);
    expect(first.length + rest.length).toBe(600);
  });
});
