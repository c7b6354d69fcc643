// Chat markup around values: paired bold markers and autolinks a chat made of what looked like an address.

/** Chat markup around values: paired bold markers and autolinks. */
export function unmark(input: string): string {
  let text = input;
  // One-character searches first: they are the cheapest, and most texts have neither character.
  if (text.indexOf('*') >= 0) {
    text = text.replace(EMPHASIS, '$2');
    if (text.indexOf('**') >= 0) text = text.replace(BOLD_LINE, unbold);
    if (text.indexOf('**') >= 0) text = text.replace(BOLD_ACROSS_WRAP, '$1');
  }
  if (text.indexOf('_') >= 0) text = text.replace(UNDERSCORE_EMPHASIS, '$2');
  if (text.indexOf(']') >= 0 && text.indexOf('](') >= 0) {
    text = text.replace(AUTOLINK, autolinkText);
    // What a writer who masked the linked address left of the link: `…/XXXXXXX](mailto:XXXXXXX)`, its `[` gone with it.
    if (text.indexOf('](mailto:') >= 0) text = text.replace(MAILTO_RESIDUE, (residue: string, at: number, all: string) => (openBracketBefore(all, at) ? residue : ''));
  }
  return text;
}

const MAILTO_RESIDUE = /(?<=[^\s[\]])\]\(mailto:[^)\s]{1,300}\)/g;

/** Whether a `[` on the same line opens a link this `]` closes (a link kept as written, not a residue). */
function openBracketBefore(text: string, at: number): boolean {
  const open = text.lastIndexOf('[', at);
  return open > text.lastIndexOf('\n', at) && open > text.lastIndexOf(']', at - 1);
}

// Markdown bold a chat put around part of a message (`…/**CreateCustomerFunction is not … /apikeys** because`):
// runs of exactly two asterisks, in pairs on one line, go (also the last two of `***` after a wildcard's `/` or `:`,
// which close a bold ARN ending in `*`: `**arn:…:stack/app/***`). Masks are runs of other lengths (`***`, `****`) or stand alone
// (`***REDACTED**`), and stay.
const BOLD_LINE = /^[^\n]*\*\*[^\n]*$/gm;
// …and a pair a wrap put on two lines (`…/**lambda-translate` ⏎ `is not authorized to perform: translate:X**`): the
// one unpaired run of a line closed by the first of the next, no star between and no blank line.
const BOLD_ACROSS_WRAP = /(?<![*\w])\*\*(?=[\w:/<[])([^*\n]{1,500}\n(?![ \t]*\n)[^*\n]{0,500}?[\w>\]])\*\*(?![*\w])/g;
// Italics or bold italics around a whole sentence (`***Error assuming role …: User: … is not authorized …***`,
// `*User: … on resource: my-function*`): one to three stars that open a line or follow a space before a letter (or a
// numbered heading's `3. `) and close a word before a space or the line's end, around text with spaces and no star in
// it — never a mask
// (`***REDACTED***` has no space; `::***:` and `/***` follow no space) nor a wildcard (`logs-*` closes no span).
// (One lazy run after a look-ahead for the space, so a star without its pair costs one pass over its line, not two
// nested ones.)
const EMPHASIS = /(?<=^|[ \t(>"'`])(\*{1,3})(?=[A-Za-z]|\d{1,2}\.\s)(?=[^*\n]{0,2000}?\s)((?:[^*\n]|\n(?![ \t]*\n)){1,2000}?[\w.)])\1(?=$|[\s.,;!?)"'`])/gm;
// …and the same in underscores around a whole line (`_Failed to copy: … StatusCode: 403_`), with no underscore inside:
// a snake_case name is never half of a span, and a writer's placeholder inside a line (`User: _my role_ is not …`) is
// the value as written.
const UNDERSCORE_EMPHASIS = /(?<=^[ \t>]{0,8})(_{1,2})(?=[A-Za-z])(?=[^_\n]{0,2000}?\s)((?:[^_\n]|\n(?![ \t]*\n)){1,2000}?[A-Za-z0-9.)])\1(?=[ \t]*$)/gm;
const STAR_RUN = /\*+/g;

function unbold(line: string): string {
  const pairs: number[] = [];
  STAR_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STAR_RUN.exec(line))) {
    if (m[0].length === 2) pairs.push(m.index);
    // Bold closing right after a wildcard (`**arn:…:stack/app/***`): the first star is the value's, two close.
    else if (m[0].length === 3 && pairs.length % 2 === 1 && line.startsWith('arn:', pairs[pairs.length - 1]! + 2) && /[/:]/.test(line.charAt(m.index - 1)) && /^(?:$|[\s"',.;)\]])/.test(line.charAt(m.index + 3))) {
      pairs.push(m.index + 1);
    }
  }
  if (pairs.length < 2) return line;
  if (pairs.length % 2 === 1) pairs.pop();
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const open = pairs[i]!;
    const close = pairs[i + 1]!;
    // A writer's bold placeholder as an ARN's field (`arn:aws:sts::**REDACTED**:assumed-role/…`) is the mask as
    // printed: no chat bolds half an ARN.
    if (line.charAt(open - 1) === ':' && line.charAt(close + 2) === ':' && /^[A-Za-z_-]{1,40}$/.test(line.slice(open + 2, close))) continue;
    out += line.slice(from, open) + line.slice(open + 2, close);
    from = close + 2;
  }
  return out + line.slice(from);
}

// Links a chat made of what looked like an address: `[alice@example.com](mailto:alice@example.com)`,
// `[https://x](https://x)`, `[s3.amazonaws.com](http://s3.amazonaws.com/)`. The link text stays; a link to somewhere
// else is left alone.
const AUTOLINK = /\[([^\]\n]{1,300})\]\(((?:mailto:|https?:\/\/)?[^)\s]{1,400})\)/g;

function autolinkText(link: string, label: string, target: string): string {
  // An editor links a host with its scheme and a slash (`(http://inspector2.amazonaws.com/)`) and escapes a colon
  // in an address (`mailto:AROA…%3Aana@example.com`).
  const bare = target.replace(/^mailto:/, '').replace(/^https?:\/\//, '').replace(/\/$/, '').replace(/%3A/gi, ':');
  // A mail link shows its text only (`…:[identity/](mailto:identity/a@example.com)xxxx` reads `…:identity/xxxx`).
  return bare === label || target === label || target.startsWith('mailto:') ? label : link;
}
