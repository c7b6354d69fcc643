// What the cards on a console page can do, bound to this page and the background: theme, dismissals, Explain
// (opens the side panel), Copy fix (asks the background for the explanation the side panel shows) and "Hide on …".
import type { CopyOutcome, ExplainOutcome } from '../../components/card/types';
import type { ExplainReply } from '../../lib/messages';
import { MAX_CONTEXT_CHARS } from '../../lib/messages';
import type { Finding, Lang } from '../../lib/model';
import type { Settings } from '../../lib/settings';
import type { EngineEnv } from '../console-engine/create-engine';
import { writeClipboard } from './clipboard';
import { fixToCopy } from './copy-fix';
import type { SendToBackground } from './messenger';

export interface CardEnvDeps {
  doc: Document;
  lang: Lang;
  isInvalid(): boolean;
  send: SendToBackground;
  settings(): Settings;
  /** The console service's readable name, null where the URL names none. */
  serviceLabel: string | null;
  hideService(): void;
}

/** "Auto" follows the console's own visual mode, which Cloudscape marks on <body>. */
export function consoleTheme(doc: Document, setting: Settings['theme']): 'light' | 'dark' {
  if (setting !== 'auto') return setting;
  const body = doc.body;
  return body && (body.classList.contains('awsui-dark-mode') || body.classList.contains('awsui-polaris-dark-mode')) ? 'dark' : 'light';
}

/** The message's text as the explanation's context, capped as the background caps it (a page's text is not sent whole). */
function withContext(context: string | undefined): { context?: string } {
  return context ? { context: context.slice(0, MAX_CONTEXT_CHARS) } : {};
}

export function cardEnv(deps: CardEnvDeps): EngineEnv {
  const dismissed = new Set<string>();
  const stale = () => deps.isInvalid();

  const explain = (finding: Finding, context: string | undefined): Promise<ExplainOutcome> => {
    if (stale()) return Promise.resolve('stale');
    // Sent inside the click: the background opens the side panel while this is still the user's gesture.
    return deps.send({ type: 'open-panel', finding, ...withContext(context) }).then(
      (reply) => ((reply as { opened?: unknown } | undefined)?.opened === false ? ('failed' as const) : ('opened' as const)),
      () => (stale() ? ('stale' as const) : ('failed' as const)),
    );
  };

  const copyFix = async (finding: Finding, context: string | undefined): Promise<CopyOutcome> => {
    if (stale()) return { kind: 'stale' };
    let reply: ExplainReply | undefined;
    try {
      reply = (await deps.send({ type: 'explain', finding, lang: deps.lang, ...withContext(context) })) as ExplainReply | undefined;
    } catch {
      return stale() ? { kind: 'stale' } : { kind: 'failed' };
    }
    if (!reply || !reply.ok) return { kind: 'failed' };
    const copy = fixToCopy(reply.explanation);
    if (!copy) return { kind: 'no-policy' };
    return (await writeClipboard(deps.doc, copy.text)) ? copy.outcome : { kind: 'failed' };
  };

  return {
    doc: deps.doc,
    lang: deps.lang,
    theme: () => consoleTheme(deps.doc, deps.settings().theme),
    serviceLabel: deps.serviceLabel,
    isDismissed: (key) => dismissed.has(key),
    dismiss: (key) => void dismissed.add(key),
    explain,
    copyFix,
    hideService: deps.hideService,
  };
}
