import { describe, expect, it } from 'vitest';
import { regroup, type Groupable } from '../../../lib/detect/regroup';
import type { Finding } from '../../../lib/model';

interface Card extends Groupable {
  pos: number;
  live: boolean;
}

function card(key: string, pos: number, atLoad: boolean, role = '', live = true): Card {
  return { key, finding: { action: `s3:${key}` } as Finding, atLoad, role, pos, live };
}

const live = (c: Card) => c.live;
const order = (a: Card, b: Card) => a.pos - b.pos;

describe('regroup', () => {
  it('leaves a lone load-time card single', () => {
    const changes = regroup([card('a', 1, true)], live, order);
    expect(changes.map((c) => [c.card.key, c.signature])).toEqual([['a', 'single']]);
  });

  it('groups two or more load-time cards under the first in document order', () => {
    const b = card('b', 2, true);
    const a = card('a', 1, true);
    const later = card('c', 0, false);
    const changes = regroup([b, a, later], live, order);
    const byKey = Object.fromEntries(changes.map((c) => [c.card.key, c]));
    expect(byKey.a!.signature).toBe('leader:a,b');
    expect(byKey.a!.role).toEqual({ kind: 'leader', members: [a.finding, b.finding] });
    expect(byKey.b!.role).toEqual({ kind: 'member' });
    expect(byKey.c!.role).toEqual({ kind: 'single' });
  });

  it('reports only roles that changed, but always the leader (its members may have new findings)', () => {
    const a = card('a', 1, true, 'leader:a,b');
    const b = card('b', 2, true, 'member');
    const c = card('c', 3, false, 'single');
    expect(regroup([a, b, c], live, order).map((x) => x.card.key)).toEqual(['a']);
  });

  it('drops cards whose message left the page from the group', () => {
    const a = card('a', 1, true, 'leader:a,b');
    const b = card('b', 2, true, 'member', false);
    const changes = regroup([a, b], live, order);
    expect(changes.map((x) => [x.card.key, x.signature])).toEqual([
      ['a', 'single'],
      ['b', 'single'],
    ]);
  });
});
