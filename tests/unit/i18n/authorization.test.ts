// The availability line of an authorization ID: until when, then plainly expired; both languages; no ID, no line.
import { describe, expect, it } from 'vitest';
import { authorizationNotice } from '../../../lib/i18n/authorization';

const SEEN = Date.UTC(2026, 11, 4, 10, 30);
const HOUR = 3_600_000;

describe('authorizationNotice', () => {
  it('says until when the details are kept, 24 h from first seen', () => {
    const n = authorizationNotice('ABC123def', SEEN, SEEN + HOUR, 'en', 'card', 'UTC');
    expect(n?.expired).toBe(false);
    expect(n?.changesAt).toBe(SEEN + 24 * HOUR);
    expect(n?.text).toContain('ABC123def');
    expect(n?.text).toContain('Dec 5');
    expect(n?.text).toContain('10:30');
  });

  it('says plainly once that time has passed', () => {
    const n = authorizationNotice('ABC123def', SEEN, SEEN + 25 * HOUR, 'en', 'panel', 'UTC');
    expect(n?.expired).toBe(true);
    expect(n?.changesAt).toBeNull();
    expect(n?.text).toMatch(/likely expired/);
  });

  it('in Japanese', () => {
    const n = authorizationNotice('ABC123def', SEEN, SEEN + 25 * HOUR, 'ja', 'card', 'Asia/Tokyo');
    expect(n?.text).toContain('期限切れ');
    expect(n?.text).toContain('12月5日');
  });

  it('no ID or no time, no line', () => {
    expect(authorizationNotice(null, SEEN, SEEN, 'en', 'card')).toBeNull();
    expect(authorizationNotice('ABC123def', Number.NaN, SEEN, 'en', 'card')).toBeNull();
  });
});
