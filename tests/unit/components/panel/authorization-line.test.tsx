// @vitest-environment happy-dom
// The side panel's authorization-details line depends on the clock: a panel left open past the details' 24 h must
// say they have likely expired, not keep promising them.
import { act, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthorizationLine } from '../../../../components/panel/AuthorizationLine';

afterEach(() => {
  vi.useRealTimers();
});

describe('AuthorizationLine', () => {
  it('turns into the expired line when the 24 h pass while it is shown', () => {
    const seen = Date.UTC(2026, 11, 5, 9, 0);
    vi.useFakeTimers({ now: seen + 3600_000 });
    render(<AuthorizationLine id="AbCdEf0123456789panel" firstSeenAt={seen} />);
    expect(screen.getByTestId('authorization-window').textContent).toMatch(/AWS keeps the details of authorization ID AbCdEf0123456789panel until about/);
    act(() => {
      vi.advanceTimersByTime(23 * 3600_000 + 2000);
    });
    expect(screen.getByTestId('authorization-window').textContent).toMatch(/^The details of authorization ID AbCdEf0123456789panel have likely expired/);
  });

  it('an entry first seen more than 24 h ago is expired at once', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 5, 9, 0) });
    render(<AuthorizationLine id="AbCdEf0123456789older" firstSeenAt={Date.UTC(2026, 11, 3, 9, 0)} />);
    expect(screen.getByTestId('authorization-window').textContent).toMatch(/have likely expired/);
  });
});
