// The content script on AWS console pages: detection (lib/detect) → cards (components/card) → background messages.
// It runs in every frame, including the console's srcdoc/about:blank micro-frontends (CloudWatch Logs), each frame
// watching its own document.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONSOLE_MATCHES } from '../../lib/console-hosts';
import { startConsoleCards } from './run';

export default defineContentScript({
  matches: CONSOLE_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  // Also run in srcdoc/about:blank/blob frames whose origin is a console host. Firefox (128+) knows the key too, and
  // with it set to false it skips those frames even with matchAboutBlank (tests/firefox/console-fixtures.spec.ts).
  matchOriginAsFallback: true,
  // After the page's own first render: nothing to detect before it, and page load stays untouched.
  runAt: 'document_idle',
  main(ctx) {
    void startConsoleCards(ctx);
  },
});
