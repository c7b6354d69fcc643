// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CardRegistry, type Placement, type Shown } from '../../../lib/detect/card-registry';
import type { CardLayer } from '../../../lib/detect/detector-types';
import { PerSecond } from '../../../lib/detect/frame-budget';
import type { Finding } from '../../../lib/model';

afterEach(() => {
  document.body.innerHTML = '';
});

const destroyed: HTMLElement[] = [];
const layer: CardLayer = { create: () => document.createElement('why-denied-card'), update() {}, setRole() {}, destroy: (h) => void destroyed.push(h) };

function setup(maxCards = 10) {
  document.body.innerHTML = '<div id="msg">denied</div><p id="after">next</p>';
  const msg = document.getElementById('msg')!;
  let t = 0;
  const placements = new Map<Element, Placement>();
  const registry = new CardRegistry(() => t, maxCards, (el) => placements.get(el));
  const follow = (keys: string[]) => placements.set(msg, { container: { el: msg, kind: 'flash', anchor: msg, placement: 'after', strength: 'strong' }, keys });
  const shown = (key: string): Shown => ({
    key,
    finding: { action: key } as Finding,
    container: msg,
    host: Object.assign(document.createElement('why-denied-card'), { id: `card-${key}` }),
    atLoad: false,
    role: '',
    reattach: new PerSecond(),
  });
  return { registry, msg, follow, shown, tick: (ms: number) => void (t += ms) };
}

describe('CardRegistry', () => {
  it('places a message’s cards right after it, in finding order', () => {
    const { registry, msg, follow, shown } = setup();
    follow(['a', 'b']);
    registry.add(shown('b'));
    registry.add(shown('a'));
    registry.flush(false, true);
    expect(msg.nextElementSibling?.id).toBe('card-a');
    expect(msg.nextElementSibling?.nextElementSibling?.id).toBe('card-b');
  });

  it('holds new cards back while a backlog is read, at most 150 ms', () => {
    const { registry, follow, shown, tick } = setup();
    follow(['a']);
    const a = shown('a');
    registry.add(a);
    registry.flush(true, true);
    expect(a.host.isConnected).toBe(false);
    tick(150);
    registry.flush(true, true);
    expect(a.host.isConnected).toBe(true);
  });

  it('puts back a removed card at most maxPerSecond times a second', () => {
    const { registry, follow, shown } = setup();
    follow(['a']);
    const a = shown('a');
    registry.add(a);
    registry.flush(false, true);
    for (let i = 0; i < 3; i++) {
      a.host.remove();
      expect(registry.reattach(3)).toBe(false);
      expect(a.host.isConnected).toBe(true);
    }
    a.host.remove();
    expect(registry.reattach(3)).toBe(true);
    expect(a.host.isConnected).toBe(false);
  });

  it('reports the set of denials only when it changed', () => {
    const { registry, follow, shown } = setup();
    follow(['a']);
    const a = shown('a');
    registry.add(a);
    expect(registry.takeChange()).toEqual([a.finding]);
    expect(registry.takeChange()).toBeNull();
    registry.rekey(a, 'a');
    expect(registry.takeChange()).toBeNull();
    registry.remove(a, layer);
    expect(destroyed).toContain(a.host);
    expect(registry.takeChange()).toEqual([]);
  });

  it('is full at maxCards, and takes hosts out of the page when cards are turned off', () => {
    const { registry, follow, shown } = setup(1);
    follow(['a']);
    const a = shown('a');
    registry.add(a);
    registry.flush(false, true);
    expect(registry.full).toBe(true);
    registry.setEnabled(false);
    expect(a.host.isConnected).toBe(false);
    registry.setEnabled(true);
    expect(a.host.isConnected).toBe(true);
  });
});
