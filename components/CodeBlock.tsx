// A block of code or text to copy: the copy button first (where the eye and the Tab key meet it), then the block,
// which takes the whole width and scrolls or wraps inside itself so a narrow panel never scrolls sideways.
import type { ComponentChildren } from 'preact';
import { CopyButton } from './CopyButton';

export function CodeBlock({ text, label, kind, children }: { text: string; label: string; kind: 'json' | 'command' | 'admin-request'; children?: ComponentChildren }) {
  return (
    <div class="code-block">
      <CopyButton text={text} label={label} />
      <pre class={kind} tabIndex={0}>
        {children ?? (kind === 'admin-request' ? text : <code>{text}</code>)}
      </pre>
    </div>
  );
}
