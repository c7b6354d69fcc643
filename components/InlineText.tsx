// Explanation text with its `code` spans shown as code: each segment becomes a text node or a <code> holding a text
// node — the text is never parsed as markup.
import { splitInlineCode } from '../lib/inline-code';

export function InlineText({ text }: { text: string }) {
  return (
    <>
      {splitInlineCode(text).map((s, i) =>
        s.code ? (
          <code key={i} class="inline-code">
            {s.text}
          </code>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
