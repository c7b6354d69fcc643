// The in-page card layer (DESIGN.md Contract 2): a <why-denied-card> host per denial carrying the finding as data
// attributes, its content in a shadow root. Plain DOM rather than Preact: the content script must stay within its
// size budget and the card is a handful of elements. Every string from the page goes in as text, never markup.
// Parts: dom.ts (builders), style-root.ts, render.ts (host and content), actions.ts (buttons), types.ts.
import { CARD_TAG } from '../../lib/detect/attributes';
import type { CardLayer } from '../../lib/detect/detector';
import { CARD_MESSAGES } from '../../lib/i18n/card';
import { translator } from '../../lib/i18n/index';
import type { Finding } from '../../lib/model';
import { cardDom } from './dom';
import { renderCard, type CardState } from './render';
import { rootStyler } from './style-root';
import type { CardEnv, CardKit, CardText } from './types';

export function createCardLayer(env: CardEnv): CardLayer {
  const states = new WeakMap<HTMLElement, CardState>();
  // Verdicts are recomputed only when the finding changes (a group leader re-renders as members come and go).
  const texts = new WeakMap<Finding, CardText>();
  const kit: CardKit = {
    env,
    t: translator(CARD_MESSAGES, env.lang),
    dom: cardDom(env.doc),
    describe(finding) {
      let text = texts.get(finding);
      // A cached line about the authorization details goes stale when their 24 h end on a page left open.
      if (!text || (text.authorizationChangesAt !== undefined && Date.now() >= text.authorizationChangesAt)) {
        text = env.describe(finding);
        texts.set(finding, text);
      }
      return text;
    },
  };
  const styleRoot = rootStyler(env.doc);

  return {
    create(finding, key) {
      const host = env.doc.createElement(CARD_TAG);
      host.setAttribute('data-fingerprint', key);
      let root: ShadowRoot | null = null;
      try {
        root = host.attachShadow({ mode: 'open' });
        styleRoot(root);
      } catch {
        // The page defined its own <why-denied-card> with a shadow root: keep the data attributes, show nothing.
        root = null;
      }
      const state: CardState = { key, finding, role: { kind: 'single' }, expanded: false, root };
      states.set(host, state);
      renderCard(kit, host, state);
      return host;
    },
    update(host, finding, key) {
      const state = states.get(host);
      if (!state) return;
      state.finding = finding;
      if (state.key !== key) {
        state.key = key;
        host.setAttribute('data-fingerprint', key);
      }
      renderCard(kit, host, state);
    },
    setRole(host, role) {
      const state = states.get(host);
      if (!state) return;
      state.role = role;
      renderCard(kit, host, state);
    },
    destroy(host) {
      states.delete(host);
    },
  };
}
