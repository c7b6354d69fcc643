// A policy document, pretty-printed and syntax-highlighted, with a copy button that copies exactly what is shown.
import { useMemo } from 'preact/hooks';
import { CodeBlock } from './CodeBlock';
import { tokenizeJson } from './json-tokens';

export function JsonBlock({ value, copyLabel }: { value: unknown; copyLabel: string }) {
  const json = useMemo(() => JSON.stringify(value, null, 2), [value]);
  const tokens = useMemo(() => tokenizeJson(json), [json]);
  return (
    <CodeBlock text={json} label={copyLabel} kind="json">
      <code>{tokens.map((tok, i) => (tok.kind === 'space' ? tok.text : <span key={i} class={`tok-${tok.kind}`}>{tok.text}</span>))}</code>
    </CodeBlock>
  );
}
