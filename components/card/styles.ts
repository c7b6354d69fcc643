// The card's look: close to Cloudscape's visual refresh (the console's own design system) so it reads as part of
// the page, yet clearly marked as the extension's. Everything is scoped to the shadow root; `all: initial` on the
// host stops the page's inherited fonts, colours and line heights from leaking in.
export const CARD_CSS = `
:host {
  all: initial;
  display: block;
  margin: 8px 0;
  max-width: 100%;
  contain: content;
  --wd-bg: #ffffff;
  --wd-fg: #0f141a;
  --wd-muted: #656871;
  --wd-border: #c6c6cd;
  --wd-accent: #006ce0;
  --wd-accent-fg: #ffffff;
  --wd-chip: #f1f8ff;
}
:host([data-theme="dark"]) {
  --wd-bg: #161d26;
  --wd-fg: #dedee3;
  --wd-muted: #a4a4ad;
  --wd-border: #424650;
  --wd-accent: #42b4ff;
  --wd-accent-fg: #0f141a;
  --wd-chip: #0f2a44;
}
.card {
  box-sizing: border-box;
  font-family: "Amazon Ember", "Open Sans", "Helvetica Neue", Roboto, Arial, sans-serif;
  font-size: 14px;
  line-height: 20px;
  color: var(--wd-fg);
  background: var(--wd-bg);
  border: 1px solid var(--wd-border);
  border-left: 4px solid var(--wd-accent);
  border-radius: 8px;
  padding: 8px 12px;
  text-align: start;
}
.head { display: flex; align-items: center; gap: 8px; min-width: 0; }
.brand { font-weight: 700; white-space: nowrap; }
.chip {
  font-size: 12px; line-height: 16px; padding: 1px 8px; border-radius: 10px;
  background: var(--wd-chip); color: var(--wd-fg); white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
}
.title { font-weight: 700; min-width: 0; overflow-wrap: anywhere; }
.spacer { flex: 1 1 auto; }
.verdict { margin: 4px 0 0; overflow-wrap: anywhere; }
code {
  font-family: Monaco, Menlo, Consolas, "Courier New", monospace; font-size: 0.9em; overflow-wrap: anywhere;
  background: var(--wd-chip); border-radius: 4px; padding: 0 3px;
}
.who { margin: 2px 0 0; color: var(--wd-muted); font-size: 12px; overflow-wrap: anywhere; }
.authz { margin: 4px 0 0; font-size: 12px; overflow-wrap: anywhere; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-top: 8px; }
button {
  font: inherit; font-weight: 700; cursor: pointer; border-radius: 20px; padding: 2px 14px;
  border: 2px solid var(--wd-accent); background: transparent; color: var(--wd-accent);
}
button.primary { background: var(--wd-accent); color: var(--wd-accent-fg); }
button.link { border-color: transparent; padding: 2px 4px; font-weight: 400; text-decoration: underline; color: var(--wd-muted); }
button.close {
  border: none; padding: 0 6px; font-size: 18px; line-height: 20px; color: var(--wd-muted); border-radius: 4px;
}
button:focus-visible { outline: 2px solid var(--wd-accent); outline-offset: 2px; }
button:disabled { opacity: 0.6; cursor: progress; }
.status { margin: 6px 0 0; font-size: 12px; color: var(--wd-muted); overflow-wrap: anywhere; }
.status:empty { display: none; }
.list { list-style: none; margin: 8px 0 0; padding: 0; }
.list + .actions { border-top: 1px solid var(--wd-border); padding-top: 8px; }
.list[hidden] { display: none; }
.item { border-top: 1px solid var(--wd-border); padding: 8px 0 0; margin-top: 8px; }
.item:first-child { border-top: none; margin-top: 0; padding-top: 0; }
`;
