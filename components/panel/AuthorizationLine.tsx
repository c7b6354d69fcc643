// Beside an explanation with an authorization ID: until when AWS likely keeps the request's details (24 h from when
// this denial was first seen: the history's first sighting, else when the panel first showed it), or that they
// have likely expired. Outside the explanation because it depends on the clock.
import { useMemo } from 'preact/hooks';
import { authorizationNotice } from '../../lib/i18n/authorization';
import { useUi } from '../ui-context';

export function AuthorizationLine({ id, firstSeenAt }: { id: string; firstSeenAt: number | undefined }) {
  const { lang } = useUi();
  const shownAt = useMemo(() => Date.now(), [id]);
  const notice = authorizationNotice(id, firstSeenAt ?? shownAt, Date.now(), lang, 'panel');
  if (!notice) return null;
  return (
    <p class={notice.expired ? 'notice notice-warn authz' : 'notice notice-info authz'} data-testid="authorization-window">
      {notice.text}
    </p>
  );
}
