// Turns pasted text into the text the families read: JSON/C escapes undone (logs print messages inside JSON
// strings, Python prints bytes with literal `\n`), invisible and control characters dropped, markdown quoting
// and log gutters removed, and terminal hard wraps inside ARNs, actions and key words joined again.
// Every step is a linear scan; none of them adds characters that were not in the input.

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

// Markdown quote markers, Terraform's box gutter, numbered log gutters (`115 | `), code fences.
const LINE_NOISE = /^[ \t]{0,16}(?:(?:>[ \t]?){1,8}|[│┃║][ \t]?|\d{1,7}[ \t]{1,4}\|[ \t]?|```[\w-]{0,20}[ \t]*$)/gm;
const NOISE_GATE = /^[ \t]{0,16}[>│┃║`\d]/m;

/** Words of the denial sentences; a hard wrap that cut one of them in two is joined again. */
const KEYWORDS = new Set([
  'authorized',
  'authorised',
  'perform',
  'perform:',
  'resource',
  'resource:',
  'because',
  'explicit',
  'identity-based',
  'resource-based',
  'permissions',
  'boundary',
  'control',
  'endpoint',
  'session',
  'policy',
  'allows',
  'action',
  'operation',
  'occurred',
  'calling',
  'denied',
  'deny',
  'with',
  'user:',
  'service',
  'identity',
  'policies',
  'trust',
  'access',
  'error',
  'when',
  'the',
  'credentials',
  'security',
  'token',
  'included',
  'request',
  'invalid',
  'expired',
  'signature',
  // codes cut in two: "(AccessDen" + "ied)"
  'accessdenied',
  'accessdeniedexception',
  'unauthorizedoperation',
  'expiredtoken',
  'expiredtokenexception',
  'invalidclienttokenid',
  'signaturedoesnotmatch',
  'unrecognizedclientexception',
]);

/** Words that follow an ARN or action at a line end in real messages: never the tail of a cut token. */
const STOP_WORDS = new Set([
  'is',
  'on',
  'because',
  'with',
  'status',
  'at',
  'and',
  'in',
  'for',
  'from',
  'to',
  'the',
  'error',
  'request',
  'caused',
  'during',
  'traceback',
  'file',
  'raise',
  'user',
  'at',
  'go',
  'please',
  'see',
]);

const TOKEN_CHARS = /[^\s"'`,;{}[\]()<>]/;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12;
}

function lastToken(line: string): string {
  let i = line.length;
  const floor = Math.max(0, line.length - 400);
  while (i > floor && !isSpace(line.charCodeAt(i - 1))) i--;
  return line.slice(i);
}

function firstToken(rest: string): string {
  let i = 0;
  const max = Math.min(rest.length, 400);
  while (i < max && !isSpace(rest.charCodeAt(i))) i++;
  return rest.slice(0, i);
}

const ARNISH = /(?:^|[^A-Za-z0-9])arn:|^aws:[a-z0-9-]{0,20}:/;
// Where a name (action, operation) starts: "perform: s3:GetOb" + "ject on resource", "calling the GetOb" +
// "ject operation", "operation error S3: PutOb" + "ject, https response…".
const NAME_LEAD = /(?:perform:?|allows the|Action:|API:|calling the|operation error [^:\n]{1,40}:)\s*$/i;
const NAME_PART = /^[A-Za-z0-9-]{1,40}(?::[A-Za-z0-9*]{0,128})?$/;
const FULL_NAME = /^(?:[A-Za-z0-9-]{1,40}:[A-Za-z0-9*]{1,128}|[A-Za-z0-9]{2,128})$/;
const NAME_NEXT = /^(?:,|\s+(?:on|because|with|\(|action|operation)\b)/i;
// A resource value cut in two: "on resource: role app-run" + "time because no …".
const RESOURCE_LEAD = /on resources?:?\s+(?:[a-z-]{1,20} )?[^\s"'`]{0,400}$/i;
const SENTENCE_NEXT = /^\s{1,3}(?:because\b|with an explicit|\(Service:|status code|is not authori|on resource)/i;
const TIMESTAMP = /^(?:\d{4}-\d\d-\d\d|\d\d:\d\d|\[)/;

/**
 * True when the break between `line` and `next` cut a token in two (a terminal wrapped at its width), false
 * when it separates words (an author's line break, a log's next line).
 */
function isHardWrap(line: string, next: string): boolean {
  if (line.length < 20 || next.length === 0) return false;
  const lastChar = line.charAt(line.length - 1);
  if (/\s/.test(lastChar) || !TOKEN_CHARS.test(lastChar)) return false;
  const rest = next.replace(/^[ \t]{0,40}/, '');
  if (rest.length === 0 || !TOKEN_CHARS.test(rest.charAt(0))) return false;
  const t1 = lastToken(line);
  const t2 = firstToken(rest);
  if (!t1 || !t2) return false;
  const t2word = t2.toLowerCase().replace(/[^a-z-]+$/, '');
  if (STOP_WORDS.has(t2word) || TIMESTAMP.test(t2)) return false;

  // A keyword cut in the middle: "is not autho" + "rized to perform", "(AccessDen" + "ied)".
  const head = /[A-Za-z-]{1,30}$/.exec(t1)?.[0] ?? '';
  const tail = /^[A-Za-z:-]{1,30}/.exec(t2)?.[0] ?? '';
  if (head && tail && head.length === t1.replace(/^[("'`\[<]/, '').length) {
    const word = (head + tail).toLowerCase();
    if (KEYWORDS.has(word) && !KEYWORDS.has(head.toLowerCase())) return true;
  }
  if (line.length < 40) return false;
  // An ARN cut mid-way: the tail carries ARN structure (`:`, `/`) or is all that is left on the line.
  if (ARNISH.test(t1)) {
    if (t2.endsWith(':') && !/:.*:/.test(t2)) return false; // `region:` — a YAML key, not an ARN tail
    if (!/^[A-Za-z0-9:/_*-]/.test(t2) || !/[A-Za-z0-9]/.test(t2)) return false;
    if (/[:/]/.test(t2) || t2.length === rest.trimEnd().length) return true;
    // `…:my-buc` + `ket because no …`: the tail is followed by the sentence's next key words.
    return SENTENCE_NEXT.test(rest.slice(t2.length));
  }
  const before = line.slice(0, line.length - t1.length);
  const t2name = /^[A-Za-z0-9:*-]{1,128}/.exec(t2)?.[0] ?? '';
  const after = rest.slice(t2name.length);
  const ends = after.trim() === '' || NAME_NEXT.test(after) || SENTENCE_NEXT.test(after);
  // An action or operation cut mid-way: `dynamodb:Put` + `Item on resource: …`.
  if (NAME_PART.test(t1) && NAME_LEAD.test(before)) return FULL_NAME.test(t1 + t2name) && ends;
  // A resource value cut mid-way, followed by the rest of the sentence.
  if (RESOURCE_LEAD.test(line) && t2name.length > 0) return SENTENCE_NEXT.test(after);
  return false;
}

function dewrap(text: string): string {
  let nl = text.indexOf('\n');
  if (nl < 0) return text;
  // Walk the line breaks; copy only when a break is joined.
  let out = '';
  let copied = 0;
  let current = text.slice(0, nl);
  while (nl >= 0) {
    const nextStart = nl + 1;
    let nextEnd = text.indexOf('\n', nextStart);
    if (nextEnd < 0) nextEnd = text.length;
    const next = text.slice(nextStart, nextEnd);
    if (current.length >= 20 && isHardWrap(current, next)) {
      let skip = nextStart;
      while (skip < nextEnd && skip - nextStart < 40 && (text.charCodeAt(skip) === 32 || text.charCodeAt(skip) === 9)) skip++;
      out += text.slice(copied, nl);
      copied = skip;
      // Only the tail of the joined line matters for the next decision.
      current = (current.length > 600 ? current.slice(-400) : current) + text.slice(skip, nextEnd);
    } else {
      current = next;
    }
    nl = nextEnd < text.length ? nextEnd : -1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Odd spaces become spaces; invisible and control characters go. */
const CLEAN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00a0\u00ad\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u2069\u3000\ufeff]/g;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

/** Anything the cleaning steps would change; plain text (the usual case) skips them all. */
const NEEDS_CLEANING = /[\\&\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00a0\u00ad\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u2069\u3000\ufeff]/;

export function normalize(raw: string): string {
  let text = raw;
  if (NEEDS_CLEANING.test(text)) {
    if (text.indexOf('\\') >= 0) {
      // Double-escaped JSON (a message inside a JSON string inside a log line) needs a second pass.
      for (let pass = 0; pass < 3 && /\\(?:["\\/nrt]|u[0-9a-fA-F]{4})/.test(text); pass++) text = unescapeOnce(text);
    }
    if (text.indexOf('&') >= 0) text = text.replace(ENTITY, (e) => ENTITIES[e] ?? e);
    if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
    if (text.indexOf('\u001b') >= 0) text = text.replace(ANSI, '');
    text = text.replace(CLEAN, (c) => (c === '\u2028' || c === '\u2029' ? '\n' : SPACES.test(c) ? ' ' : ''));
  }
  if (NOISE_GATE.test(text)) text = text.replace(LINE_NOISE, '');
  return dewrap(text);
}
