// Messages to the background from a console page. Once the extension is reloaded or updated under the page, this
// content script is stale: sending is refused (as a rejection, never a throw) so callers can say so.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ToBackground } from '../../lib/messages';

export type SendToBackground = (message: ToBackground) => Promise<unknown>;

export function backgroundSender(ctx: ContentScriptContext): SendToBackground {
  return (message) => {
    if (ctx.isInvalid) return Promise.reject(new Error('stale'));
    try {
      return browser.runtime.sendMessage(message);
    } catch (error) {
      // sendMessage throws synchronously when the runtime is gone.
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
}
