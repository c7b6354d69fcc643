// The line the card and the side panel show beside a denial with an authorization ID: until when AWS likely keeps
// the request's details (24 hours from when the denial was first seen), or plainly that this time has passed. Not
// part of the explanation: it depends on the clock, and the explanation is the same on every surface and every day.
import { authorizationWindow } from '../steps/authorization';
import { fillJapanese, fill, type Catalog, type Lang } from './index';

type AuthorizationKey = 'card.until' | 'card.expired' | 'panel.until' | 'panel.expired';

export const AUTHORIZATION_MESSAGES: Catalog<AuthorizationKey> = {
  en: {
    'card.until': 'Authorization ID {id}: AWS keeps the details until about {until} (24 h after this denial was first seen). Explain says who can read them.',
    'card.expired': 'Authorization ID {id}: the details have likely expired ({until} has passed, 24 h after this denial was first seen). Explain gives the checks that find the same answer.',
    'panel.until': 'AWS keeps the details of authorization ID {id} until about {until} (24 h after this denial was first seen): the first step reads them.',
    'panel.expired': 'The details of authorization ID {id} have likely expired: {until} has passed (24 h after this denial was first seen). Skip the first step: the other checks find the same answer, or run the failing call again — its new denial carries a new ID.',
  },
  ja: {
    'card.until': '認可 ID {id}: 詳細は {until} ごろまで保持されます (この拒否を最初に確認してから 24 時間)。だれが読めるかは「詳しく見る」で確認できます。',
    'card.expired': '認可 ID {id}: 詳細はおそらく期限切れです ({until} を過ぎました。この拒否を最初に確認してから 24 時間)。同じ答えを探す手順は「詳しく見る」にあります。',
    'panel.until': '認可 ID {id} の詳細は {until} ごろまで保持されます (この拒否を最初に確認してから 24 時間)。最初の手順で確認できます。',
    'panel.expired': '認可 ID {id} の詳細はおそらく期限切れです。{until} を過ぎました (この拒否を最初に確認してから 24 時間)。最初の手順は飛ばし、ほかの確認手順で同じ答えを探すか、失敗した呼び出しをもう一度実行してください。新しい拒否には新しい認可 ID が付きます。',
  },
};

export interface AuthorizationNotice {
  text: string;
  expired: boolean;
  /** When this text stops being true (the details' window ends); null once expired. A page left open re-reads then. */
  changesAt: number | null;
}

/** How long a timer waits to re-read a notice that changes at `changesAt`: just past it, within setTimeout's 2^31-1 ms. */
export function noticeRefreshDelay(changesAt: number, now: number): number {
  return Math.min(Math.max(changesAt - now + 1000, 0), 0x7fffffff);
}

/**
 * The notice for `surface`, or null without a usable ID or time. `timeZone` is for tests; the browser's own zone
 * otherwise, since the reader compares it with their clock.
 */
export function authorizationNotice(
  id: string | null | undefined,
  firstSeenAt: number,
  now: number,
  lang: Lang,
  surface: 'card' | 'panel',
  timeZone?: string,
): AuthorizationNotice | null {
  if (!id) return null;
  const window = authorizationWindow(firstSeenAt, now);
  if (!window) return null;
  const until = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(window.until);
  const key: AuthorizationKey = `${surface}.${window.expired ? 'expired' : 'until'}`;
  const template = AUTHORIZATION_MESSAGES[lang][key];
  return {
    text: (lang === 'ja' ? fillJapanese : fill)(template, { id, until }),
    expired: window.expired,
    changesAt: window.expired ? null : window.until,
  };
}
