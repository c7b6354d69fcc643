// Beside an explanation with an authorization ID: until when AWS likely keeps the request's details (24 h from when
// this denial was first seen: the history's first sighting, else when the panel first showed it), or that they
// have likely expired. Outside the explanation because it depends on the clock — so a panel left open past that
// time re-renders the line then.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { authorizationNotice, noticeRefreshDelay } from '../../lib/i18n/authorization';
import { useUi } from '../ui-context';

export function AuthorizationLine({ id, firstSeenAt }: { id: string; firstSeenAt: number | undefined }) {
  const { lang } = useUi();
  const shownAt = useMemo(() => Date.now(), [id]);
  const seenAt = firstSeenAt ?? shownAt;
  // The clock is read on every render; the state only makes the timer re-render.
  const [, setTicks] = useState(0);
  const notice = authorizationNotice(id, seenAt, Date.now(), lang, 'panel');
  const changesAt = notice?.changesAt ?? null;
  useEffect(() => {
    if (changesAt === null) return undefined;
    const timer = setTimeout(() => setTicks((n) => n + 1), noticeRefreshDelay(changesAt, Date.now()));
    return () => clearTimeout(timer);
  }, [changesAt]);
  if (!notice) return null;
  return (
    <p class={notice.expired ? 'notice notice-warn authz' : 'notice notice-info authz'} data-testid="authorization-window">
      {notice.text}
    </p>
  );
}
