// Turns pasted text into the text the families read: JSON/C escapes undone (logs print messages inside JSON
// strings, Python prints bytes with literal `\n`), invisible and control characters dropped, markdown quoting
// and log gutters removed, and terminal hard wraps inside ARNs, actions and key words joined again.
// Every step is a linear scan; none of them adds characters that were not in the input. The wraps are dewrap.ts's,
// chat markup unmark.ts's.
import { withoutLiteralBreaks } from './literals';
import { withoutBlockCommentStars, withoutDiffPlus, withoutHashRuns, withoutSemicolonRuns } from './comment-markers';
import { dewrap, isBlank } from './dewrap';
import { unmark } from './unmark';
import { unwrapSamTable } from './sam-table';

const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|(["\\/nrt]))/g;
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '', t: '\t', '"': '"', '\\': '\\', '/': '/' };

function unescapeOnce(text: string): string {
  return text.replace(ESCAPE, (_m, hex: string | undefined, ch: string | undefined) => {
    if (hex) return String.fromCharCode(parseInt(hex, 16));
    return SIMPLE_ESCAPES[ch ?? ''] ?? '';
  });
}

const ENTITY = /&(?:quot|apos|amp|lt|gt|nbsp|#39|#x27|#34|#x22);/g;
const ENTITIES: Record<string, string> = {
  '&quot;': '"',
  '&apos;': "'",
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&nbsp;': ' ',
  '&#39;': "'",
  '&#x27;': "'",
  '&#34;': '"',
  '&#x22;': '"',
};

// ANSI colour/cursor sequences from terminals.
const ANSI = /\u001b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]/g;

// Markdown quote markers, Terraform's box gutter, numbered log gutters (`115 | `), code fences, and the comment
// markers of a message kept in source (`# An error occurred …` / `// User: …`, one per wrapped line: each line's
// marker would otherwise sit between the words the wrap split).
// A quote marker is `>` followed by a space (or nothing): `>:*` at a line start is the rest of a wrapped value.
// A fence line goes with its line break: a fence opened mid-message (`… resulted in a 403 response:` ⏎ ``` ⏎
// `<Error>…`) must not leave a blank line that splits the message in two.
// A tool's own `| ` gutter (SOPS's failure box: `  - | failed to … operation` ⏎ `    | error KMS: Decrypt, …`) is one
// when nothing else on the line is a column (`| errorCode | AccessDenied |` is a table row).
const LINE_NOISE = /^[ \t]{0,32}(?:(?:>[ \t]?){0,7}>(?:[ \t]|$)|[│┃║][ \t]?|\d{1,7}[ \t]{1,4}\|[ \t]?|(?:-[ \t]{1,3})?\|[ \t](?![^\n]*[ \t]\|(?:[ \t]|$))|```[\w-]{0,20}[ \t]*(?:\n|$)|(?:#|\/\/)(?:[ \t]|$))/gm;

// A timestamp a log tool puts before every line (GitHub Actions' raw log, `kubectl logs --timestamps`, CloudWatch):
// a message a tool printed over several lines has one before each piece, so the pieces only join without them.
const LOG_TIMESTAMP = /^[ \t]{0,4}\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2}| ?UTC)?\]?(?:[ \t]|$)/gm;

/** The text without what `re` (global, multiline) matches at its lines' starts, when at least `min` lines have it. */
function withoutLinePrefix(text: string, re: RegExp, min: number): string {
  re.lastIndex = 0;
  let count = 0;
  while (count < min && re.exec(text)) count++;
  return count < min ? text : text.replace(re, '');
}

/** The text without the timestamps that start its lines, when at least two lines start with one. */
function withoutLogTimestamps(text: string): string {
  return /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}/.test(text) ? withoutLinePrefix(text, LOG_TIMESTAMP, 2) : text;
}

// docker compose's service column before every line of its logs (`ghost_1     | Error Code:`): a message printed over
// several lines only reads whole without it. A container's name ends in its index, so a table's cells are not taken.
const COMPOSE_PREFIX = /^([\w.-]{1,60}[-_]\d{1,3})[ \t]{1,20}\|[ \t]?/gm;

/** The text without docker compose's service column, when at least three lines carry it. */
function withoutComposePrefixes(text: string): string {
  return text.indexOf(' |') >= 0 ? withoutLinePrefix(text, COMPOSE_PREFIX, 3) : text;
}

// An editor's or a docs viewer's line numbers copied with the code (`  12    "errorCode": …`): counted lines, each
// number one more than the line before's.
// A paste site numbers with a dot (`  12.   "eventSource": …`).
const NUMBERED = /^[ \t]{0,6}(\d{1,5})\.?([ \t]+|$)/;
const MIN_NUMBERED_RUN = 3;

// What a box or a page's table leaves at line ends: a TUI's right border (`… to  │`), a gist's empty cells (`"a": 1, | |`).
const RIGHT_BORDER = /[ \t]+[│┃║][ \t]*$/;
const EMPTY_CELLS = /[ \t]*\|[ \t]*\|[ \t]*$/;

/** The text without a right border or empty table cells that end several of its lines. */
function withoutRightBorders(text: string): string {
  const box = /[│┃║][ \t]*\n/.test(text);
  const cells = text.indexOf('| |') >= 0;
  if (!box && !cells) return text;
  const lines = text.split('\n');
  let changed = false;
  // One right border is enough where the next line opens with the box's left one (a message wrapped inside a box),
  // also behind a quote's markers.
  const boxed = box && lines.some((l, i) => RIGHT_BORDER.test(l) && /^[ \t]{0,16}(?:>[ \t]?){0,7}[│┃║]/.test(lines[i + 1] ?? ''));
  for (const [re, min] of [[RIGHT_BORDER, boxed ? 1 : 2], [EMPTY_CELLS, 3]] as const) {
    if (lines.filter((l) => re.test(l)).length < min) continue;
    for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.replace(re, '');
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}

/** The text without line numbers in runs of at least three counted lines; the content's own indentation stays. */
function withoutLineNumbers(text: string): string {
  if (!/\n[ \t]{0,6}\d{1,5}\.?[ \t]/.test(text) && !/^[ \t]{0,6}\d{1,5}\.?[ \t]/.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    let expected = -1;
    for (; j < lines.length; j++) {
      const m = NUMBERED.exec(lines[j]!);
      const n = m ? Number(m[1]) : -1;
      if (!m || (expected >= 0 && n !== expected)) break;
      expected = n + 1;
    }
    // Two lines count when they are numbered from 1 (a short snippet); elsewhere three, so a stray count is left.
    if (j - i >= MIN_NUMBERED_RUN || (j - i === 2 && NUMBERED.exec(lines[i]!)![1] === '1')) {
      // The gutter's gap is the narrowest one after a number: what is wider is the content's indentation.
      let gap = Infinity;
      for (let k = i; k < j; k++) {
        const m = NUMBERED.exec(lines[k]!)!;
        if (m[0].length < lines[k]!.length) gap = Math.min(gap, m[2]!.length);
      }
      if (gap === Infinity) gap = 0;
      for (let k = i; k < j; k++) {
        const m = NUMBERED.exec(lines[k]!)!;
        lines[k] = lines[k]!.slice(m[0].length - m[2]!.length + Math.min(gap, m[2]!.length));
      }
      changed = true;
      i = j;
    } else i = Math.max(j, i + 1);
  }
  return changed ? lines.join('\n') : text;
}

// A paste that is one list item (`- {"stackTrace": …` ⏎ `  …`): the marker is the first line's indentation.
const LIST_MARKER = /^(?:[-*+]|\d{1,3}[.)])[ \t]{1,3}/;

/** The text without the marker of the one list item it is, when every further line is indented under it. */
function unlist(text: string): string {
  const m = LIST_MARKER.exec(text);
  if (!m || text.indexOf('\n') < 0) return text;
  const pad = ' '.repeat(m[0].length);
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) if (lines[i] !== '' && !lines[i]!.startsWith(pad)) return text;
  return lines.map((line, i) => (i === 0 ? line.slice(m[0].length) : line.slice(pad.length))).join('\n');
}

/**
 * The text without the indentation all its lines share (a paste indented as a whole: an email quote, a list item,
 * a tab before every line), so a line a terminal wrapped joins its continuation as it would unindented. Relative
 * indentation (YAML, a stack trace) stays.
 */
function dedent(text: string): string {
  const c = text.charCodeAt(0);
  if (c !== 32 && c !== 9) return text;
  let common: string | null = null;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    let i = start;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i < end) {
      const lead = text.slice(start, i);
      if (common === null || !lead.startsWith(common)) {
        let k = 0;
        const prev: string = common ?? lead;
        while (k < prev.length && k < lead.length && prev.charCodeAt(k) === lead.charCodeAt(k)) k++;
        common = prev.slice(0, k);
        if (common === '') return text;
      }
    }
    start = end + 1;
  }
  if (!common) return text;
  const width = common.length;
  return text
    .split('\n')
    .map((line) => (line.startsWith(common!) ? line.slice(width) : line.trimStart()))
    .join('\n');
}

/**
 * Whether LINE_NOISE can match: a line (after at most 32 spaces or tabs) starting with `>`, a box gutter, `|`, `-`,
 * a backtick, a digit, `#` or `//` (a path's single `/` is no marker). Lines start at 0 and after `\n` only, since
 * cleaning turned the other breaks into `\n`.
 */
function mayHaveLineNoise(text: string): boolean {
  for (let start = 0; start >= 0; ) {
    let i = start;
    const max = Math.min(text.length, start + 32);
    while (i < max && isBlank(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c === 62 || c === 96 || c === 35 || c === 124 || c === 45 || (c === 47 && text.charCodeAt(i + 1) === 47) || (c >= 48 && c <= 57) || c === 0x2502 || c === 0x2503 || c === 0x2551) return true;
    const nl = text.indexOf('\n', start);
    start = nl < 0 ? -1 : nl + 1;
  }
  return false;
}

/** Odd spaces become spaces; invisible and control characters go. */
const CURLY = /[\u2018\u2019\u201c-\u201f]/;
const CURLY_DOUBLE = /[\u201c-\u201f]/g;
const CURLY_SINGLE = /[\u2018\u2019]/g;
const CLEAN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00a0\u00ad\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u2069\u3000\ufeff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

// A paste turned into a list of code spans, one per line (`- \`{\`` ⏎ `- \`  "errorMessage": "…\``), in runs of three
// or more: the lines are the code, which a terminal may have cut mid-value.
const CODE_BULLET = /^[ \t]*[-*+][ \t]+`([^`\n]*)`[ \t]*$/;

function withoutCodeBullets(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && CODE_BULLET.test(lines[j]!)) j++;
    if (j - i >= 3) {
      for (let k = i; k < j; k++) lines[k] = CODE_BULLET.exec(lines[k]!)![1]!;
      changed = true;
    }
    i = Math.max(j, i + 1);
  }
  return changed ? lines.join('\n') : text;
}

/** Anything the cleaning steps would change; plain text (the usual case) skips them all. */
const NEEDS_CLEANING = /[\\&\r\ud800-\udfff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00a0\u00ad\u1680\u2000-\u200f\u2018\u2019\u201c-\u201f\u2028-\u202f\u205f-\u2064\u2066-\u2069\u3000\ufeff]/;

export function normalize(raw: string): string {
  let text = raw;
  if (NEEDS_CLEANING.test(text)) {
    if (text.indexOf('\\') >= 0) {
      // An envelope around the paste (an editor's numbers, a tab before every line) goes before escaped breaks become
      // lines of their own without it, or it would stay inside the message (`Acces` ⏎ `\tsDenied`).
      if (text.indexOf('\\n') >= 0) text = dedent(withoutLineNumbers(text));
      // A dump that prints `\n` markers and breaks the line too (`response:\n⏎`): one break, not a blank line.
      if (text.indexOf('\\n\n') >= 0 || text.indexOf('\\n\r') >= 0) text = text.replace(/(?<!\\)\\n(?=\r?\n)/g, '');
      // Double-escaped JSON (a message inside a JSON string inside a log line) needs a second pass.
      for (let pass = 0; pass < 3 && /\\(?:["\\/nrt]|u[0-9a-fA-F]{4})/.test(text); pass++) text = unescapeOnce(text);
    }
    // Markdown escapes of chat pastes (`arn:aws:sts::\\*\\*\\*:assumed-role/…`, `my\\_bucket`): the character stays.
    if (text.indexOf('\\') >= 0) text = text.replace(MARKDOWN_ESCAPE, '$1$2');
    if (text.indexOf('&') >= 0) text = text.replace(ENTITY, (e) => ENTITIES[e] ?? e);
    if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
    if (text.indexOf('\u001b') >= 0) text = text.replace(ANSI, '');
    // An editor's or a chat's typographic quotes around a value or an operation name are the message's own quotes.
    if (CURLY.test(text)) text = text.replace(CURLY_DOUBLE, '"').replace(CURLY_SINGLE, "'");
    text = text.replace(CLEAN, (c) => (c === '\u2028' || c === '\u2029' ? '\n' : SPACES.test(c) ? ' ' : ''));
    // Half of a surrogate pair (a cut or corrupted paste) is no character: it separates, as a space does, so no
    // value carries it (an explanation's links would not encode it).
    if (/[\ud800-\udfff]/.test(text)) text = text.replace(LONE_SURROGATE, ' ');
  }
  // A JSON record in a CSV cell (a CloudWatch Logs Insights or Athena export) doubles its quotes: `"{""a"":1}"`.
  // A table printer (R's data.table, a pandas frame, a spreadsheet copy) shows the cell without its outer quotes.
  if (text.indexOf('{""') >= 0) {
    text = text.replace(CSV_JSON_CELL, (_m, inner: string) => `"${inner.replace(/""/g, '"')}"`);
    text = undoubleBareCells(text);
  }
  // A record in a format string (Python's str.format, .NET's String.Format) doubles its braces: `{{"type":"IAMUser"}}`.
  if (text.indexOf('{{"') >= 0) text = text.replace(/\{\{(?=")/g, '{').replace(/\}\}/g, '}');
  text = withoutLogTimestamps(text);
  // Once more only where they went: an editor's numbers around a paste site's (`  1    1. {`).
  const numbered = withoutLineNumbers(text);
  text = numbered === text ? text : withoutLineNumbers(numbered);
  // A box's right border and the next line's left one, copied onto one line (a k9s pane: "rpc error: code = Inte ││
  // rnal desc = …"): the line break they stood for, which dewrap then reads like any terminal's wrap.
  if (/[│┃║]{2}/.test(text)) text = text.replace(/[ \t]+[│┃║]{2}[ \t]+/g, '\n');
  text = withoutRightBorders(text);
  // Up to three times: a quoted gutter or comment (`> │ Error: …`, `> # User: …`) has two markers, a quoted comment
  // of a box (`> #    │ …`) three.
  // A paste indented as a whole (a tab before every line, one list item's lines) is read at its own left edge, so
  // markers stay within LINE_NOISE's reach.
  text = dedent(unlist(text));
  for (let pass = 0; pass < 3 && mayHaveLineNoise(text); pass++) text = text.replace(LINE_NOISE, '');
  // Numbers inside what the markers wrapped (a quoted paste site's `> 1. {`).
  text = withoutLineNumbers(text);
  // docker compose's column, once the paste's own envelope (a quote, a tab, numbers) is off.
  text = withoutComposePrefixes(text);
  text = withoutDiffPlus(withoutSemicolonRuns(withoutHashRuns(text)));
  text = withoutBlockCommentStars(text);
  // A writer's elision glued to the context phrase after it (`…:kms:eu-central-1:...with an explicit deny in …`): the
  // phrase's own space, back.
  if (text.indexOf('..with') >= 0 || text.indexOf('..because') >= 0 || text.indexOf('…with') >= 0 || text.indexOf('…because') >= 0) {
    text = text.replace(/(\.{3}|…)(?=(?:with\s{1,3}an?\s{1,3}explicit\s{1,3}deny|because\s{1,3}no)\b)/g, '$1 ');
  }
  // A shell's line continuation that an author put in a quoted message to keep it narrow ("operation: \⏎User:"),
  // also glued to the word before it when the next line starts with the space ("…Ingress\⏎ operation: …"). After
  // the line markers: a quote's `> ` or a log's timestamp stands between the backslash and the next line's space.
  if (text.indexOf('\\\n') >= 0) text = text.replace(/(?<=[ \t])\\(?=\n)|(?<=\w)\\(?=\n[ \t])/g, '');
  // A run of three code-span lines closes a span at a line end: texts where none does are not walked line by line.
  if (text.indexOf('`') >= 0 && /`[ \t]*\n/.test(text)) text = withoutCodeBullets(text);
  text = dedent(unlist(text));
  text = withoutLiteralBreaks(text);
  // A docs converter's code span around an action's name (`kafka:\`DeleteCluster\``): the action is one token (a
  // wrap inside the span is joined with it).
  // A docs converter's doubled backticks (``ListChannels``) are a code span like single ones.
  if (text.indexOf('``') >= 0) text = text.replace(DOUBLED_CODE_SPAN, '`$1`');
  if (text.indexOf(':`') >= 0) text = text.replace(ACTION_NAME_SPAN, '$1$2$3');
  text = unmark(text);
  if (text.indexOf('resource(s):') >= 0) text = unglueConsoleBlock(text);
  if (text.indexOf('ResourceStatusReason') >= 0) text = unwrapSamTable(text);
  if (hasGluedCode(text)) text = text.replace(GLUED_CODE_AT, '\n');
  if (text.indexOf(': ') >= 0 && SPACED_ARN_TYPE.test(text)) text = text.replace(SPACED_ARN_TYPE, '$1');
  if (text.indexOf('API: ') >= 0) text = text.replace(SPACED_API_ACTION, '$1');
  // A wrap may cut a bold run or a link in two: once more on the joined lines.
  const joined = dewrap(text);
  text = joined === text ? joined : unmark(joined);
  // After the wraps are joined: the name may have been cut too.
  if (text.indexOf('/ ') >= 0 && SPACED_ARN_NAME.test(text)) text = text.replace(SPACED_ARN_NAME, '$1');
  // A column of text indented far to the right (a TUI's or a table's word-wrapped cell) reads as its words.
  const deep = text.indexOf(FORTY_SPACES) >= 0 || text.indexOf('\t\t\t\t\t') >= 0;
  return deep && DEEP_INDENT_TEST.test(text) ? text.replace(DEEP_INDENT, '\n        ') : text;
}

const CSV_JSON_CELL = /"(\{""[A-Za-z@_$][^\n]{0,200000}?\})"(?=[,\t;]|$)/gm;
// The cell's record fills the rest of its line: `## 230: {""eventTime"": ""…"", …}`, or a quoted cell whose end the
// paste cut off (`…,"{""eventTime"": ""…`): a complete quoted cell was un-doubled above.
const BARE_CELL_START = /(?:^|[\s:,"])\{""[A-Za-z@_$][\w@.$-]{0,100}"":/;

/** Un-doubles the quotes of a record that starts after a row label and fills the rest of its line (one look per line). */
function undoubleBareCells(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.indexOf('{""') < 0) continue;
    const start = BARE_CELL_START.exec(line);
    if (!start) continue;
    const at = line.indexOf('{""', start.index);
    lines[i] = line.slice(0, at) + line.slice(at).replace(/""/g, '"');
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}

const FORTY_SPACES = ' '.repeat(40);
const DEEP_INDENT_TEST = /\n[ \t]{41}/;
const DEEP_INDENT = /\n[ \t]{41,}/g;


// …and a docs converter's escapes inside words and after them (`federated\\-user/i\\-XXXX`, `PollForTask\\.`).
const MARKDOWN_ESCAPE = /\\([*_`[\]<>#|~()])|(?<=\w)\\([-.])(?=[\w\s]|$)/g;

// The console's alert copied with its line breaks lost ("Access denied to x:YYou don't have permission to x:Y. … User:
// arn:…:user/anaAction: x:YOn resource(s): arn:…*Context: no identity-based policy allows the action"): each label
// starts its line again, as the console prints it.
const GLUED_LABEL = /(?<=\S)(?=(?:You don['’]t have permission|User: arn:|Service: |Action: |On resource\(s\): |Context: ))|(?<=\.) (?=User: arn:)/g;

// …or retold on one line with spaces between the labels and no header ("…receives the following error. User: arn:…
// Action: bedrock:InvokeModel On resource(s): arn:… Context: a service control policy explicitly denies the action").
const FLAT_BLOCK =
  /\bUser:\s{1,3}arn:\S{1,2000}\s{1,3}Action:\s{1,3}[a-z0-9-]{2,40}:[A-Za-z0-9*]{1,128}\s{1,3}On\s{1,3}resource\(s\):\s{1,3}\S{1,2100}(?:\s{1,3}Context:(?:[ \t]{1,3}[^\s]{1,60}|\n(?![ \t]*\n)[ \t]{0,8}[^\s]{1,60}){1,40})?/g;
const FLAT_LABEL = / (?=(?:User: arn:|Action: |On resource\(s\): |Context: ))/g;

function unglueConsoleBlock(text: string): string {
  if (/\bpermission to\b/.test(text)) return text.replace(GLUED_LABEL, '\n');
  // (An editor may have re-flowed it: its words are joined again before each label starts a line.)
  return text.replace(FLAT_BLOCK, (block) => '\n' + block.replace(/\s+/g, ' ').replace(FLAT_LABEL, '\n'));
}

// A page scrape that lost the breaks between the error lines it listed ("…perform sts:AssumeRoleWithWebIdentityAccessDenied:
// User: …"): a code that opens a message right after a lower-case letter starts its own line again.
const GLUED_CODES = 'AccessDenied(?:Exception)?|UnauthorizedOperation|InvalidIdentityToken|ExpiredToken(?:Exception)?|InvalidClientTokenId';
// (The test looks for the codes and then at the letter before: a regex that starts with the letter tries every letter.)
const GLUED_CODE = new RegExp(`(?:${GLUED_CODES}):[ \\t]`, 'g');

function hasGluedCode(text: string): boolean {
  GLUED_CODE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = GLUED_CODE.exec(text)); GLUED_CODE.lastIndex = m.index + 1) {
    const c = text.charCodeAt(m.index - 1);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}
// (Not a program's key that ends in a code's name, `iamAccessDenied: {`.)
const GLUED_CODE_AT = new RegExp(`(?<=[a-z])(?=(?:${GLUED_CODES}):[ \\t]+(?![{[]))`, 'g');

const DOUBLED_CODE_SPAN = /(?<!`)``(?!`)([^`\n]{1,300}?)``(?!`)/g;
const ACTION_NAME_SPAN = /(?<![\w:`-])([a-z][a-z0-9-]{1,40}:)`([A-Z][A-Za-z0-9]{0,100})(?:\n[ \t]{0,8}([A-Za-z0-9]{1,100}))?`/g;

// A formatter's space after the account's colon ("arn:aws:sts::123456789012: assumed-role/x/y"): IAM's own type word
// after it says the ARN goes on.
const SPACED_ARN_TYPE =
  /(\barn:aws[\w-]{0,20}:(?:iam|sts)::(?:\d{12}|[*Xx]{3,12}|<[^<>\s]{1,40}>)?:) (?=(?:role|user|assumed-role|group|policy|federated-user|instance-profile|oidc-provider|saml-provider)\/|root\b)/g;
// A writer's space inside the action of a status reason's `API:` label ("API: ecs: RunTask Unable to assume role…").
const SPACED_API_ACTION = /(\bAPI:\s{0,3}[a-z][a-z0-9-]{1,40}:)[ \t](?=[A-Z][A-Za-z0-9]{1,100}\b)/g;
// …and after an assumed role's slash ("assumed-role/ AWSReservedSSO_Dev_0123/user"): its role and session follow.
// (A user or role path may end at the slash: "on resource: arn:aws:iam::123456789012:user/ with an explicit deny".)
const SPACED_ARN_NAME = /(\barn:aws[\w-]{0,20}:sts::(?:\d{12}|[*Xx]{3,12}|<[^<>\s]{1,40}>)?:assumed-role\/) (?=[\w+=,.@-]{1,64}\/[\w+=,.@-])/g;
