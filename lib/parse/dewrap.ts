// Terminal hard wraps undone: a line break inside an ARN, an action, an error code or a key word of the denial
// sentences is joined again (with a space where the wrap ate one), judged from the text's own wrap width; a break
// between two whole words stays a word boundary. A linear scan over the lines.
import { isJsSpace } from './text';
import { CODE_WORDS, FUNCTION_WORDS, KEYWORDS, SMALL_WORDS, STOP_WORDS } from './wrap-words';

/** Characters a token (ARN, action, word) may not contain: `[\s"'`,;{}[\]()]`. */
const NOT_TOKEN = new Set(['"', "'", '`', ',', ';', '{', '}', '[', ']', '(', ')']);

function isTokenChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === c && !isJsSpace(c) && !NOT_TOKEN.has(text.charAt(i));
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The last (up to) 30 characters of the token's closing run of letters and hyphens: `[A-Za-z-]{1,30}$`. */
function letterRunAtEnd(token: string): string {
  let i = token.length;
  while (i > 0 && token.length - i < 30 && (isLetter(token.charCodeAt(i - 1)) || token.charCodeAt(i - 1) === 45)) i--;
  return token.slice(i);
}

/** The first (up to) 30 characters of the token's opening run of letters, `:` and `-`: `^[A-Za-z:-]{1,30}`. */
function letterRunAtStart(token: string): string {
  let i = 0;
  while (i < token.length && i < 30 && (isLetter(token.charCodeAt(i)) || token.charCodeAt(i) === 58 || token.charCodeAt(i) === 45)) i++;
  return token.slice(0, i);
}

/** A space or a tab. */
export function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

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
// …and a code retold with its action ("AccessDenied ... cloudformation:Describe…", sdk-envelopes.ts RETOLD_LINK), and the
// console's list ("…to perform the following operations: CloudWatch:Descr" + "ibeAlarms. Contact …").
const NAME_LEAD =
  /(?:perform:?|the following operations?:|allows the|Action:|API:|calling the|permissions? to(?: call)?|you need|operation error [^:\n]{1,40}:|(?:AccessDenied(?:Exception)?|UnauthorizedOperation|ExpiredToken)(?:\s{0,3}(?:\.{3}|…)\s|\s{0,3}\(|\s(?:on|for)\s))\s*[`'"‘]?$/i;
const NAME_PART = /^[A-Za-z0-9-]{1,40}(?::[A-Za-z0-9*]{0,128})?$/;
const FULL_NAME = /^(?:[A-Za-z0-9-]{1,40}:[A-Za-z0-9*]{1,128}|[A-Za-z0-9]{2,128})$/;
// Words that follow a complete name: "allows the s3:PutObject" + "action" is two words.
const NAME_FOLLOWERS = new Set(['action', 'operation', 'on', 'because', 'with', 'and', 'is', 'in', 'for', 'to', 'the', 'at', 'access', 'you']);
const JA_NAME_NEXT = /^\s{0,2}(?:を(?:実行|呼び出)|アクション|の(?:実行|呼び出し)|に対する)/;
const NAME_NEXT = /^['"`’]?(?:,|\.\s+Contact\b|\s+(?:on|because|with|\(|action|operation|permissions?|in\s+IAM)\b)/i;
// A resource value cut in two: "on resource: role app-run" + "time because no …".
const RESOURCE_LEAD = /on resources?:?\s+(?:[a-z-]{1,20} )?[^\s"'`]{0,400}$/i;
const SENTENCE_NEXT = /^[.]?\s{1,3}(?:because\b|with an explicit|\(Service:|status code|is not authori|on resource|Go to https?:)/i;
const SHELL_PROMPT = /^[\w.-]{1,64}@[\w.-]{1,128}:[^\s]{0,200}[#$%>]$/;
// macOS's default prompt: `host:dir user$ command`.
const HOST_DIR_USER_PROMPT = /^[\w.-]{1,64}:[^\s]{0,200} [\w.-]{1,64}[#$%] /;
// Cloud9's and other `user:~/dir $` prompts, also alone on a line after the output.
const HOME_DIR_PROMPT = /^[\w.-]{1,64}:~[^\s]{0,200}[ \t]?[#$%](?:[ \t]|$)/;
const PACKAGE_HEAD = /^[a-z][a-z0-9_]{0,40}(?:\.[a-z][a-z0-9_]{0,40}){1,12}\.?$/;
const PACKAGE_TAIL = /^\.?[a-z][a-z0-9_]{0,40}\.[A-Za-z]/;
const SNAKE_TAIL = /[A-Z][A-Z0-9]*(?:_[A-Z0-9]*){1,12}$/;
const SNAKE_HEAD = /^[A-Z_][A-Z0-9_]{0,59}/;
// Only a constant that says a refusal: two constants on two lines stay two.
const SNAKE_DENIAL = /^(?=[A-Z0-9_]*(?:AUTHORI|DENIED|FORBIDDEN|EXPIRED|CREDENTIAL))[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}$/;
const URL_AT_END = /https?:\/\/[^\s'"`<>()]{0,400}$/;
const URL_TAIL = /^[A-Za-z0-9_~%+-]{0,200}[./?&=][A-Za-z0-9./?&=_~%:+-]/;
const MAX_INDENT = 240;
const LEADING_INDENT = /^[ \t]{0,240}/;
const TIMESTAMP = /^(?:\d{4}-\d\d-\d\d|\d\d:\d\d|\[)/;

/**
 * True when the break between `line` and `next` cut a token in two (a terminal wrapped at its width), false
 * when it separates words (an author's line break, a log's next line).
 */
/** How a line break is undone: 0 kept, 1 joined, 2 joined with a space (a word wrap that ate a space). */
type Join = 0 | 1 | 2;

/** Hiragana, katakana (with ー) and kanji: Japanese writes no space between words, so a cut needs no key word. */
function isJapaneseLetter(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff);
}

// (A whole token: a line ending inside `…ResponseStream` gives no head.)
const LATIN_HEAD = /(?<=^|[\s、。「『（(`'"])[A-Za-z][a-z-]{0,40}$/;
const LATIN_TAIL = /^[a-z]{1,40}(:[A-Za-z])?/;
// Words of the messages a Japanese text quotes, besides the denial sentences' own (WORDS).
const QUOTED_WORDS = new Set(['requested', 'been', 'configured', 'provided', 'credentials', 'calls', 'have', 'does', 'included', 'request', 'security', 'token', 'expired']);

function latinCutInJapanese(line: string, next: string): boolean {
  const head = LATIN_HEAD.exec(line)?.[0];
  const tail = head ? LATIN_TAIL.exec(next) : null;
  if (!head || !tail || !hasJapaneseLetter(line, 200)) return false;
  const word = (head + tail[0].replace(/:.*$/, '')).toLowerCase();
  // An action's service and name: `aws-marke` + `tplace:ViewSubscriptions`.
  if (tail[1]) return /^[a-z][a-z0-9-]{1,40}$/.test(word);
  return WORDS.has(word) || QUOTED_WORDS.has(word);
}

/** Whether the last `within` characters of the line hold a Japanese letter. */
function hasJapaneseLetter(line: string, within: number): boolean {
  for (let i = Math.max(0, line.length - within); i < line.length; i++) if (isJapaneseLetter(line.charCodeAt(i))) return true;
  return false;
}

function isHardWrap(line: string, next: string): Join {
  if (next.length === 0) return 0;
  const last = line.length - 1;
  // A long Japanese line cut between two letters ("…権限がありま" + "せん。"): a sentence break would end in 。.
  if (line.length >= 40 && isJapaneseLetter(line.charCodeAt(last)) && isJapaneseLetter(next.charCodeAt(0))) return 1;
  // …or cut inside the English it quotes ("…for the requ" + "ested resource`", "… aws-marke" + "tplace:ViewSubscriptions
  // 権限不足"): joined when the pieces make a word of the messages or an action's service and name.
  if (line.length >= 40 && latinCutInJapanese(line, next)) return 1;
  const lastChar = line.charAt(last);
  if (isJsSpace(line.charCodeAt(last))) return 0;
  // Masks end in brackets (`{account-id}`, `<AcctId>`) and may end a line inside an ARN; other tokens may not.
  if (!isTokenChar(line, last) && !((lastChar === '>' || lastChar === '}' || lastChar === ']') && ARNISH.test(lastToken(line)))) return 0;
  // Exactly one leading space is the space the terminal broke at: a word boundary. Continuation lines that
  // tools indent (two spaces or more) may still continue a token.
  if (isBlank(next.charCodeAt(0)) && next.length > 1 && !isBlank(next.charCodeAt(1))) return 0;
  // Tools that print an error in a column (a TUI, a table) indent every continuation line deeply.
  let indent = 0;
  while (indent < MAX_INDENT && isBlank(next.charCodeAt(indent))) indent++;
  const rest = indent > 0 ? next.slice(indent) : next;
  if (rest.length === 0 || !isTokenChar(rest, 0)) return 0;
  const t1 = lastToken(line);
  const t2 = firstToken(rest);
  if (!t1 || !t2) return 0;
  // The next command's shell prompt (`root@ubuntu:~#`, `ec2-user@ip-10-0-0-1:/tmp$`, `Mac:dir me$`, `me:~/environment
  // $`) starts a line of its own.
  if (SHELL_PROMPT.test(t2) || HOST_DIR_USER_PROMPT.test(rest) || HOME_DIR_PROMPT.test(rest)) return 0;

  // A keyword cut in the middle: "is not autho" + "rized to perform", "(AccessDen" + "ied)".
  const head = letterRunAtEnd(t1);
  const tail = letterRunAtStart(t2);
  if (head && tail) {
    const word = (head + tail).toLowerCase();
    const bare = word.replace(/:+$/, '');
    // A code may sit behind any punctuation (`<Code>AccessDe` + `nied</Code>`); a word must be the whole token.
    // "Access" + "Denied" split at the word boundary is the code only where a code stands (`(Access`, `Code: Access`):
    // in a sentence it is S3's "Access Denied" re-flowed.
    const glued = head.length < t1.length || /code[:=]\s*$/i.test(line.slice(0, line.length - t1.length));
    // (A code glued to what follows its colon, `…Reason=AccessDen` + `iedException:http://internal…`, is still the code.)
    const code = CODE_WORDS.has(bare) ? bare : (bare.split(':')[0] ?? '');
    if (CODE_WORDS.has(code) && (code !== 'accessdenied' || head.toLowerCase() !== 'access' || glued)) return 1;
    const bothWords = SMALL_WORDS.has(head.toLowerCase()) && SMALL_WORDS.has(tail.toLowerCase().replace(/:+$/, ''));
    if (line.length >= 20 && head.length === t1.replace(/^[("'`[<]/, '').length && (KEYWORDS.has(word) || KEYWORDS.has(bare)) && !bothWords) {
      return 1;
    }
  }
  // A status constant cut in two (`…|STATUS_SERVICE_CALL_NOT_AUTH` + `ORIZED_ERROR`, the Kinesis Video producer SDK).
  // (Two such constants on two lines stay two, and a word or a log's next line after one stays apart: the cut leaves an
  // underscore on one side.)
  if (line.length >= 40 && SNAKE_TAIL.test(t1) && SNAKE_HEAD.test(t2)) {
    const tail = SNAKE_TAIL.exec(t1)?.[0] ?? '';
    const head = SNAKE_HEAD.exec(t2)?.[0] ?? '';
    if ((head.includes('_') || tail.endsWith('_')) && SNAKE_DENIAL.test(tail + head) && !(SNAKE_DENIAL.test(tail) && SNAKE_DENIAL.test(head))) return 1;
  }
  // An ARN whose next line goes on with `:` or `/` (`…:ap-southeast-1` + `:4502…:table/x`) was cut, however short; so
  // was an S3 URL (`s3://bucket/results` + `/....csv`, a writer's elision after the slash).
  if (ARNISH.test(t1) && /^[:/][A-Za-z0-9*$<{[]/.test(t2)) return 1;
  if (/(?:^|[^A-Za-z0-9])s3a?:\/\/[a-z0-9][\w.-]{1,62}(?:\/[^\s/]{0,200}){0,30}$/.test(t1) && /^\/[\w.*$<{[-]/.test(t2)) return 1;
  // A Ruby or C++ namespace cut at its separator (`AWS::S3::Errors` + `::Forbidden`).
  if (/[A-Za-z0-9]::[A-Za-z0-9]+$/.test(t1) && /^::[A-Za-z]/.test(t2)) return 1;
  // A dotted package name cut at one of its dots (`software.amazon.awssdk.` + `services.glue.model.AccessDeniedException`).
  if (PACKAGE_HEAD.test(t1) && PACKAGE_TAIL.test(t2) && t1.endsWith('.') !== t2.startsWith('.')) return 1;
  // A URL cut at a long line's end (`… for url: https://monitoring.ap-sou` + `theast-2.amazonaws.com/?Action=…`): its tail
  // goes on with a URL's characters and structure (a dot, a slash, a query); a word after a whole URL has none.
  if (line.length >= 60 && URL_AT_END.test(t1) && URL_TAIL.test(t2)) return 1;
  if (line.length < 20) return 0;
  // A name cut before one of its hyphens ("on cdk" + "-hnb659fds-deploy-role-…"): no word starts with a hyphen
  // glued to more hyphenated parts (a list marker or a flag has a space or a second hyphen).
  if (line.length >= 40 && /[A-Za-z0-9]$/.test(t1) && /^-[A-Za-z0-9]+-[A-Za-z0-9]/.test(t2)) return 1;
  const t2word = t2.toLowerCase().replace(/[^a-z-]+$/, '');
  if (STOP_WORDS.has(t2word) || TIMESTAMP.test(t2)) return 0;
  // Cut inside the `arn:` prefix itself: "on resource: a" + "rn:aws:iam::…".
  if (!ARNISH.test(t1) && /(?:^|[^A-Za-z0-9])(?:a|ar|arn)$/.test(t1) && /^(?:rn|n|):[a-z]/.test(t2.slice(0, 12))) {
    return ARNISH.test(t1 + t2) ? 1 : 0;
  }
  // An ARN cut mid-way: the tail carries ARN structure (`:`, `/`) or is all that is left on the line.
  if (ARNISH.test(t1)) {
    // A mask with a space broken at it: "[account" + "id]:assumed-role/…" is "[account id]".
    if (/[<[{][A-Za-z]{3,30}$/.test(t1) && /^[A-Za-z]{2,30}[>\]}]/.test(t2)) return 2;
    // A line that already holds a whole denial ending in its resource, then the next denial's caller (`xxx is not
    // authorized …` twice, one per line): two messages, not an ARN and its tail.
    if (/^\s{1,5}is\s{1,5}not\s{1,5}authori[sz]ed\b/.test(rest.slice(t2.length)) && /\bis\s{1,5}not\s{1,5}authori[sz]ed\s{1,5}to\b/i.test(line.slice(0, line.length - t1.length))) return 0;
    const continues = SENTENCE_NEXT.test(rest.slice(t2.length));
    // `region: us-east-1` on the next line is a YAML key, not an ARN tail (`am: because no …` is one).
    if (t2.endsWith(':') && !/:.*:/.test(t2) && !continues) return 0;
    // (A writer's placeholder may go on after a separator: `…:dbuser:` + `<cluster-name>/<db-user> because …`.)
    const placeholder = /[:/]$/.test(t1) && /^<[A-Za-z][\w-]{0,40}>/.test(t2);
    if ((!/^[A-Za-z0-9:/_*-]/.test(t2) && !placeholder) || !/[A-Za-z0-9]/.test(t2)) return 0;
    if (/[:/]/.test(t2) || continues) return 1;
    // A line holding only the tail: it must look like an ARN piece (`42.zip`, `CloudWatchEvents`), not a word
    // ("Unable", "Copy").
    if (t2.length === rest.trimEnd().length) return /[0-9_.*-]|[a-z][A-Z]/.test(t2) ? 1 : 0;
    // `…:my-buc` + `ket because no …`: the tail is followed by the sentence's next key words.
    return SENTENCE_NEXT.test(rest.slice(t2.length)) ? 1 : 0;
  }
  const t1n = t1.replace(/^[`'"‘]/, '');
  const before = line.slice(0, line.length - t1n.length);
  const t2name = /^[A-Za-z0-9:*-]{1,128}/.exec(t2)?.[0] ?? '';
  const after = rest.slice(t2name.length);
  const ends = after.trim() === '' || NAME_NEXT.test(after) || SENTENCE_NEXT.test(after);
  // An action or operation cut mid-way: `dynamodb:Put` + `Item on resource: …`.
  if (NAME_PART.test(t1n) && NAME_LEAD.test(before)) {
    // "s3:PutObject" + "action" is a name and the word after it, unless the sentence goes on after that word
    // ("athena:StartQueryExecuti" + "on on the resource").
    if (NAME_FOLLOWERS.has(t2name.toLowerCase()) && !(NAME_NEXT.test(after) || SENTENCE_NEXT.test(after))) return 0;
    // A block comment's gutter, not a wildcard: `…:CreateMemory` ⏎ `*    on resource: …`.
    if (t2name === '*' && /^[ \t]{2}/.test(after)) return 0;
    return FULL_NAME.test(t1n + t2name) && (ends || /^['"`’]/.test(after) || /API:\s*$/.test(before)) ? 1 : 0;
  }
  // …and in a Japanese sentence, which names the action after "に対して" and goes on with "を実行" or "アクション":
  // "… に対して s3:ListBuc" + "ket を実行する権限がありません".
  if (/^[a-z0-9-]{2,40}:[A-Za-z0-9]{1,127}$/.test(t1n) && /^[A-Za-z0-9]{1,60}$/.test(t2name) && JA_NAME_NEXT.test(after) && /(?:に対して|リソース|ユーザー)/.test(line)) return 1;
  if (line.length < 40) return 0;
  // A resource value cut mid-way, followed by the rest of the sentence; IAM's type word ("role" | "app-x")
  // is a whole word. (A log's marker before the next line, aws-nuke's "!!! status code: 403", continues no value.)
  if (RESOURCE_LEAD.test(line) && /^[\w*/:.-]/.test(t2) && !/on resources?:?\s+(?:role|user|group|policy|instance-profile)$/i.test(line)) {
    return SENTENCE_NEXT.test(rest.slice(t2.length)) ? 1 : 0;
  }
  return 0;
}

/** Whole words of messages: a line break between two of them is a word boundary. */
const WORDS = new Set([...SMALL_WORDS, ...STOP_WORDS, ...KEYWORDS]);

/**
 * The width a terminal wrapped the text at, when it shows: at least two lines of exactly that length (60 or more)
 * and none longer, most of them cut between two non-space characters. 0 when the text does not look wrapped.
 */
function wrapWidth(lines: string[]): number {
  let max = 0;
  for (const line of lines) if (line.length > max) max = line.length;
  if (max < 60) return 0;
  let full = 0;
  let cut = 0;
  let continuing = 0;
  let stops = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (next.length > 0 && line.length > 0) continuing++;
    // A line of that length before a blank line or the end is no evidence of a wrap: two log lines of one length
    // (kubectl's events differ only in their ages) are not a terminal's cut.
    if (line.length !== max || next.length === 0) continue;
    full++;
    if (isSpace(line.charCodeAt(line.length - 1)) || isSpace(next.charCodeAt(0))) continue;
    cut++;
    // A break between two whole words ("not" | "authorized", "ARN" | "is") is a word wrap that dropped a space:
    // a terminal never puts a word boundary there without the space.
    const t1 = lastToken(line).toLowerCase().replace(/^[^a-z]+/, '');
    const t2 = firstToken(next).toLowerCase().replace(/[^a-z]+$/, '');
    if (WORDS.has(t1) && (WORDS.has(t2) || /^[a-z]+$/.test(t2))) return 0;
    // …also a plain word before a function word ("were rejected" | "by S3 with …", a commit message's body).
    // (Not a word cut before its "-ion": "NotAuthorizedExcepti" | "on)", "Executi" | "on".)
    if (t2 === 'on' && /[tsxc]i$/.test(t1)) continue;
    if (/^[a-z]{4,}$/.test(t1) && FUNCTION_WORDS.has(t2)) return 0;
    if (STOP_WORDS.has(t2)) stops++;
  }
  // Text re-flowed at word boundaries has lines of many lengths; a terminal cuts every long line at its width.
  // A cut may leave a short word's letters at a line start ("Executi" | "on"), but not at most of them.
  return full >= 2 && cut * 2 >= full && full * 2 >= continuing && stops * 2 < cut ? max : 0;
}

export function dewrap(text: string): string {
  if (text.indexOf('\n') < 0) return text;
  const lines = text.split('\n');
  const width = wrapWidth(lines);
  let out = lines[0] ?? '';
  let join: Join = 0;
  // The line the next decision looks at: the current logical line (its tail is enough).
  let current = out;
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1] ?? '';
    const next = lines[i] ?? '';
    if (width > 0 && previous.length === width && next.length > 0) {
      // A line of exactly the terminal's width continues on the next: join it as it was, spaces included.
      out += next;
      current = (current.length > 600 ? current.slice(-400) : current) + next;
    } else if ((join = isHardWrap(current, next)) !== 0) {
      const joined = (join === 2 ? ' ' : '') + next.replace(LEADING_INDENT, '');
      out += joined;
      current = (current.length > 600 ? current.slice(-400) : current) + joined;
    } else {
      out += '\n' + next;
      current = next;
    }
  }
  return out;
}
