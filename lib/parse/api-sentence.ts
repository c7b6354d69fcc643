// The API sentence every AWS service prints for a denial:
//   User: <principal> is not authorized to perform: <action> [on resource: <resource>] [<context phrase>]
// and its relatives: SES's backtick quoting (User `arn…' … perform `ses:SendEmail'), STS's "Not authorized to
// perform sts:AssumeRoleWithWebIdentity", CodeBuild's "on arn:…", Athena's "on the resource", elided pastes
// ("... not authorized to perform: x:Y"), Bedrock's "perform the required … actions (aws-marketplace:…)".
//
// The anchor is "not authorized to perform"; the principal is read backwards up to the nearest "User:" label,
// the rest forwards up to key words. Every window is bounded, and each anchor's backward read stops at the
// previous sentence, so the work stays linear in the text length.
import { contextNear } from './context-phrase';
import { bareNameBefore, callerLineAbove, type Principal } from './sentence-caller';
import { mentions } from './gate';
import { P, makeCore, setField, type Scan } from './types';
import { EXPECTATION_OPEN, THREE_PART_ACTION, inCodeLiteral, actionAt, cleanValue, indexWithin, isJsSpace, isWordCode, lastIndexWithin, skipSpace } from './text';

// API Gateway, Route 53 and others name no action: "User: anonymous is not authorized to access this resource".
const ANCHOR = /not\s{1,40}authori[sz]ed\s{1,40}(?:to\s{1,40})?(?:perform\b|access\s{1,40}this\s{1,40}resource)/gi;
const PROSE_SUBJECT = /(?:\bI\s{1,5}am|\bI'm|\bI’m|\byou're|\byou’re|\bthat\s{1,5}you\s{1,5}are|\bif\s{1,5}you\s{1,5}are)\s{1,40}$/i;
// (A bold marker after the colon is two stars alone: `User:******` is a mask. A quote after the word opens the value
// only where the value follows it: in "the `User` table" it closes a span.)
const LABEL = /User(?:\*\*)?\s{0,5}(?:[:：](?:\*\*(?!\*))?\s{0,40}|(?=[`'"‘“](?!\s)))/y;
const USER_WORD_BEFORE = /(?:^|[\s:>`"(])User[ \t]{1,3}$/;
const PLAIN_NAME = /^[A-Za-z0-9][\w+=,.@-]{1,63}$/;
const REQUIRED_LIST = /the\s{1,10}required\b[^.()]{0,80}\(\s{0,5}/iy;
// SES omits the colon before its quoted value: on resource `arn:aws:ses:…'.
// An author's elision stands for the value without the colon before it: "on resource .... (Service: AWSGlue; …)", and
// so does a placeholder ("on resource <ASSUME ROLE>") or a mask ("on resource xxxx"), and SES's address (boto 2's XML:
// "on resource a@example.com").
const ON_RESOURCE = /on\s{1,20}resources?\s{0,5}(?:\(s\))?\s{0,5}(?:[:：]|(?=[`'"‘“]|arn:|\.{3,}(?:\s|$)|(?:x{3,40}|X{3,40}|\*{3,40})(?=[.,;)"'`]?(?:\s|$))|<[A-Za-z][A-Za-z0-9 _-]{0,78}>|[\w.+-]{1,64}@[\w-]{1,63}\.[A-Za-z]))/iy;
const ON_ARN = /on\s{1,20}(?:role\s{1,3})?(?=arn:)/y;
const BARE_ACTION = /([A-Z][a-z]{1,20}[A-Z][A-Za-z0-9]{1,100})(?=\s{1,5}on\s{1,5}(?:resources?\s{0,3}:|role\s{1,3}arn:))/y;
// KMS's Decrypt names no key: "on the resource associated with this ciphertext because …".
const ON_THE_RESOURCE = /on\s{1,20}(?:the|this)\s{1,20}resource\b(?:\s{1,5}associated\s{1,5}with\s{1,5}this\s{1,5}ciphertext\b)?/iy;
const QUOTED_ACTION = /^\s{0,3}:\s{0,3}[`'"]?[a-z0-9-]{2,40}:[A-Za-z]/;
const ACTION_WORD = /action\s{1,5}(?=[a-z0-9-]{2,40}:[A-Za-z])/y;
const ON_NAME = /on\s{1,5}((?=[\w+=,.@/:-]{0,200}[-/:0-9])[A-Za-z0-9][\w+=,.@/:-]{1,200}?)(?=[.,;]?(?:\s|$|["'`)]))/y;
// An ARN quoted from its account on (`030998640247:assumed-role/batch/aws-batch is not authorized`) is one too.
// …also its tail from the type word when the writer elided the head (`... assumed-role/Deploy/s is not authorized`).
const PRINCIPAL_TOKEN = /^(?:arn:)?aws[\w-]{0,20}:(?:iam|sts):|^(?:\d{12}:)?(?:assumed-role|role|user|federated-user)\/(?=[\w+=,.@<{[-])|^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,3}\.amazonaws\.com(?:\.cn)?$/i;
// A whole principal masked by its writer (`<role> is not authorized`, `{principal}`, `[redacted]`, `XXXX`, `____`).
const MASK_TOKEN = /^(?:<[A-Za-z][\w:.-]{0,40}>|\{[A-Za-z][\w:.-]{0,40}\}|\[[A-Za-z][\w:.-]{0,40}\]|\*{3,40}|X{3,40}|x{3,40}|_{3,40})$/;
// A principal its writer cut short with an ellipsis (`"..Admin is not authorized`, `…/dev-role/alice is not`) or at a
// slash (`/AmazonMWAA-airflow is not`), also at both ends (`…EFSCSIDriver-sa-Rol… is not`): the name as printed, since
// what was left out cannot be told.
// A name its writer templated (`<cluster>-ACK-CapabilityRole is not authorized`): as printed.
const TEMPLATED_TOKEN = /^(?:[\w+=,.@-]{0,64}<[A-Za-z][\w-]{0,30}>){1,3}[\w+=,.@-]{0,64}$/;
const ELIDED_TOKEN = /^(?:(?:\.{2,3}|…)\/?|\/(?=[A-Za-z]))[A-Za-z0-9_+=,@-][\w+=,.@/-]{0,200}…?$/;
// Where an unquoted resource ends: the context phrase, an SDK tail, the next sentence (also after an ellipsis that
// ends the value: `role/.... Notice`, or a writer's clause: `table/T where T is …`), a table's next cell, the end
// of the line, the next sentence without its full stop (a chat's bold that ended the message went with its markers),
// a writer's dash (no ARN holds one), an author's ellipsis after a space (`table/Orders ...`: the rest of
// the message left out), unless the value goes on after it (`us-east-1: ... :table/x`), a Japanese closing bracket
// around a quoted message, a JSON string's escape cut at its end (`…/Karpenter-x\` of a log line pasted in part).
// Every terminator starts with one of TERMINATOR_START, so the scan jumps between those characters (resources
// rarely contain them) and tries the full alternation only there.
const TERMINATOR_START = /[\s"`“”'<,.(:—–」』\\]/g;
const RESOURCE_END =
  /\s+(?:[Bb]ecause|BECAUSE)\b|\s+[[(]\s?(?:[Bb]ecause|BECAUSE|with an? explicit)|\s+(?:with\s+an?\s+explicit\s+deny|WITH\s+AN?\s+EXPLICIT\s+DENY)|\s*\((?:Service|Status Code|RequestToken|Request ID|HTTP)\b|\s+status\s+code\b|\s-\s|\s\|\s|(?:(?<!\.)|(?<=(?:^|[^.])\.{3}))\.\s+(?=[A-Z])|["`“”]|'(?=[\s,;)\]}]|$)|<\/|\n|\s+\(|,\s|\s+(?:is\s+)?not\s+authori|\s+User:|\s+[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-|\s+(?:\.{2,}|…)(?=[\s"'`,;)\]」』]|$)(?!\s{1,3}[:/])|[」』]|\\(?=["\n]|$)|\s+Encoded authorization|\s+(?:The|This|These|It|Please|You|Your|We|See)\s+[a-z]|\s+(?:where|which|while|although|though|since)\s+[a-zA-Z]|\s+Go to https?:|\s+-{2,3}>\s|\s*[—–]|:\s+(?:[A-Z][A-Za-z0-9]*\.)*[A-Z][A-Za-z0-9]*(?:Error|Exception)\b/y;

// A mask in quotes inside an ARN (`arn:aws:iam::"another account number":role/x`) is part of the value.
const QUOTED_SEGMENT = /"[^"\n]{1,60}":/y;

function resourceEnd(window: string, from: number): number {
  TERMINATOR_START.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TERMINATOR_START.exec(window))) {
    if (m[0] === '"' && window.charAt(m.index - 1) === ':') {
      QUOTED_SEGMENT.lastIndex = m.index;
      if (QUOTED_SEGMENT.test(window)) {
        TERMINATOR_START.lastIndex = QUOTED_SEGMENT.lastIndex;
        continue;
      }
    }
    RESOURCE_END.lastIndex = m.index;
    if (RESOURCE_END.test(window)) return m.index;
  }
  return window.length;
}
/** First letters of IAM's type words (role, user, group, policy, instance-profile). */
const TYPE_WORD_FIRST = 'rugpi';
const CLOSING: Record<string, string> = { '"': '"', "'": "'", '`': "'`", '‘': '’', '“': '”' };
const MAX_VALUE = 2048;

/** Where `word` (any case) starts when it ends at `end` of `text` as a whole word (no ASCII letter before), or -1. */
function wordBefore(text: string, end: number, word: string): number {
  const start = end - word.length;
  if (start < 0 || text.slice(start, end).toLowerCase() !== word) return -1;
  const c = text.charCodeAt(start - 1);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? -1 : start;
}

function findLabel(text: string, before: number, floor: number): { start: number; valueStart: number } | null {
  let pos = before;
  for (let tries = 0; tries < 12 && pos > floor; tries++) {
    const i = lastIndexWithin(text, 'User', pos + 3, pos + 3 - floor);
    if (i < floor || i < 0) return null;
    if (i === 0 || !isWordCode(text.charCodeAt(i - 1))) {
      LABEL.lastIndex = i;
      const m = LABEL.exec(text);
      if (m) return { start: i, valueStart: i + m[0].length };
    }
    pos = i;
  }
  return null;
}

const CONCATENATED = /^\s{0,3}["'`]\s{0,3}\+\s{0,3}[A-Za-z_$][\w$.]{0,60}\s{0,3}\+\s{0,3}["'`]\s{0,3}$/;

function principalBefore(text: string, end: number, floor: number): Principal | null {
  const label = findLabel(text, end, Math.max(floor, end - 1200));
  if (label) {
    const raw = text.slice(label.valueStart, end);
    // Code that builds the message puts a variable there ("User: " + callerARN + ` is not authorized …`): no caller.
    if (CONCATENATED.test(raw)) return null;
    // A label lines up that belongs to something else (a console block's "User:" line) is not ours.
    if (raw.indexOf('\n') < 0 || (!/\n[ \t]*[A-Za-z][A-Za-z ()]{0,30}:\s/.test(raw) && !/\n[ \t]*\n/.test(raw))) {
      const value = cleanValue(raw);
      if (value.length > 0 && value.length <= 1024) return { value, start: label.start };
    }
    if (raw.trim() === '') return null;
  }
  // No label: an ARN or service principal right before "is not authorized" (`aws:iam::####:user/x is not …`).
  let i = end;
  const stop = Math.max(floor, end - 40);
  while (i > stop && isJsSpace(text.charCodeAt(i - 1))) i--;
  const tokenEnd = i;
  const tokenFloor = Math.max(floor, tokenEnd - 400);
  while (i > tokenFloor && !isJsSpace(text.charCodeAt(i - 1))) i--;
  const token = cleanValue(text.slice(i, tokenEnd));
  // A tag glued to the sentence or its first word is markup (STS's `<Message>Not authorized …`, EC2's `<Message>You are …`).
  if ((tokenEnd === end && token.endsWith('>')) || /^<[A-Za-z][\w:-]{0,40}>[A-Za-z]{1,20}$/.test(token)) return null;
  if (token && (PRINCIPAL_TOKEN.test(token) || MASK_TOKEN.test(token) || ELIDED_TOKEN.test(token) || TEMPLATED_TOKEN.test(token))) return { value: token, start: i };
  // A name right after the word "User" without its colon ("User mediacouser is not authorized …"): the name as printed.
  if (USER_WORD_BEFORE.test(text.slice(Math.max(floor, i - 6), i)) && PLAIN_NAME.test(token) && !/^(?:is|was|has|does|not|with|the|a|an|account|accounts|session|sessions|name|role|profile|credentials|group|pool|identity|id|ID)$/i.test(token)) {
    return { value: token, start: i };
  }
  // The caller's name elided after its kind ("Role ... is not authorized"): the ellipsis as printed.
  if ((token === '...' || token === '…') && /\b(?:User|Role)\s{1,3}$/.test(text.slice(Math.max(floor, i - 8), i))) return { value: token, start: i };
  return null;
}

const EXPECTED_QUOTE = new RegExp(`${EXPECTATION_OPEN}$`, 'i');
const ACCOUNT_CALLER = /\bUser\s{1,5}with\s{1,5}account\s?Id\s{0,3}:\s{0,5}(\S(?:[^\n]{0,60}?\S)?)\s{1,40}$/i;
const OPERATION_NAME = /([A-Z][A-Za-z0-9]{2,100})(?![\w:-])/y;
// (An unfilled template's slot, `{operation}`, is a placeholder too.)
const PLACEHOLDER_ACTION = /^(?:<[A-Za-z][\w:.-]{0,40}>|\{[A-Za-z][\w:.-]{0,40}\})(?=\s|$|[.,;)"'`])/;
const ANGLE_PLACEHOLDER = /^(?:<[A-Za-z][A-Za-z0-9 _-]{0,78}>(?=\s|$|[.,;:)])|\{[A-Za-z][A-Za-z0-9_-]{0,78}\}(?=\s|$|[.,;)]))/;
const WORDS_FOR_ACTION = /(?:[A-Za-z]{1,20}\s{1,3}){1,3}(?=on\s{1,3}resources?\s{0,3}:)/y;
const ADDITIONAL_PERMISSION = /[^.]{0,60}\.\s{1,5}An\s{1,5}additional\s{1,5}permission\s{1,5}["'`]?([a-z0-9-]{2,40}:[A-Za-z0-9*]{2,128})["'`]?\s{1,5}is\s{1,5}required\b/y;
const LOGS_TAIL = /\s{1,40}(?:with\s{1,40}Tags\b|on\s{1,20}resources?\s)/y;
const LOGS_RESOURCES = /\s{1,40}(?:with\s{1,40}Tags\s{1,40})?on\s{1,20}resources?\s{1,20}([^\s"'`()]{1,1024}?)(?=[.,;]?(?:\s|$|["'`)]))/iy;

/** CloudWatch Logs' operation after "perform" when "with Tags" or "on resources" follows it, or null. */
function logsOperation(text: string, pos: number): { operation: string; end: number } | null {
  OPERATION_NAME.lastIndex = pos;
  const op = OPERATION_NAME.exec(text);
  if (!op) return null;
  LOGS_TAIL.lastIndex = pos + op[0].length;
  return LOGS_TAIL.test(text) ? { operation: op[1]!, end: pos + op[0].length } : null;
}

function accountCaller(text: string, end: number, floor: number): { account: string; start: number } | null {
  const from = Math.max(floor, end - 120);
  const m = ACCOUNT_CALLER.exec(text.slice(from, end));
  return m ? { account: cleanValue(m[1]!), start: from + m.index } : null;
}

function readResource(text: string, pos: number): { value: string | null; end: number } | null {
  let at = skipSpace(text, pos, 40);
  // A writer's slash between the action and the rest ("perform: logs:PutLogEvents / on resource: arn:…").
  if (text.charCodeAt(at) === 47 && /^\/\s{1,3}on\s/.test(text.slice(at, at + 8))) at = skipSpace(text, at + 1, 40);
  let valueStart: number;
  ON_RESOURCE.lastIndex = at;
  const labelled = ON_RESOURCE.exec(text);
  if (labelled) {
    valueStart = skipSpace(text, at + labelled[0].length, 40);
    // A docs page that printed the label twice ("on resource: resource: arn:aws:greengrass:…"): the ARN is the value.
    const again = /^resource:[ \t]{1,3}(?=arn:)/.exec(text.slice(valueStart, valueStart + 16));
    if (again) valueStart += again[0].length;
    // "on resource:" with nothing after it before a blank line (a paste cut there): the next paragraph is no value;
    // nor are the words (or the code on the next line) after the quote that closes a quoted message there ("… on
    // resource:" during the sync?", "… on resource`. The developer verifies …").
    if (/\n[ \t]*\n/.test(text.slice(at + labelled[0].length, valueStart))) return { value: null, end: at + labelled[0].length };
    if (/^["'”’`][.,;!?)]?(?:[ \t\n]|$)/.test(text.slice(at + labelled[0].length, at + labelled[0].length + 3))) return { value: null, end: at + labelled[0].length };
    // …nor the variable code appends there (`"… on resource: " + id`): no resource is printed.
    if (/^\s{0,3}["'`]\s{0,3}\+\s{0,3}[A-Za-z_$]/.test(text.slice(at + labelled[0].length, at + labelled[0].length + 12))) return { value: null, end: at + labelled[0].length };
    // …nor is the writer's sentence going on after an empty label ("… on resource: is a common error message …").
    if (/^(?:is|was|are|were|means|indicates|occurs|appears)\s/.test(text.slice(valueStart, valueStart + 12))) return { value: null, end: at + labelled[0].length };
  } else {
    ON_ARN.lastIndex = at;
    const onArn = ON_ARN.exec(text);
    if (onArn) {
      valueStart = at + onArn[0].length;
    } else {
      ON_THE_RESOURCE.lastIndex = at;
      const vague = ON_THE_RESOURCE.exec(text);
      if (vague) return { value: null, end: at + vague[0].length };
      // Retold in prose without the label: "perform: sts:AssumeRole on cdk-hnb659fds-deploy-role." — a name with the
      // marks of one (a hyphen, slash, colon or digit), not an English word.
      ON_NAME.lastIndex = at;
      const named = ON_NAME.exec(text);
      return named ? { value: named[1]!, end: at + named[0].length } : null;
    }
  }
  at = valueStart;
  // A writer's placeholder in angle brackets may hold spaces (`on resource: <auth trigger role>  if (…`): it ends at its
  // bracket.
  // (Or braces: an unfilled template's `{resource}`.)
  const placeholder = text.charAt(at) === '<' || text.charAt(at) === '{' ? ANGLE_PLACEHOLDER.exec(text.slice(at, at + 82)) : null;
  if (placeholder) return { value: placeholder[0], end: at + placeholder[0].length };
  const open = text.charAt(at);
  const closers = CLOSING[open];
  if (closers) {
    const limit = Math.min(text.length, at + 1 + MAX_VALUE);
    for (let j = at + 1; j < limit; j++) {
      const c = text.charAt(j);
      if (closers.includes(c)) {
        const value = cleanValue(text.slice(at + 1, j));
        return { value: value || null, end: j + 1 };
      }
      if (c === '\n' && text.charAt(j + 1) === '\n') break;
    }
  }
  // Unquoted values end at the line end at the latest (hard wraps are already joined); the window reaches
  // into the next line so that a context phrase broken over both ("with an⏎explicit deny") is still seen.
  const nl = indexWithin(text, '\n', at, MAX_VALUE);
  const nl2 = nl < 0 ? -1 : indexWithin(text, '\n', nl + 1, 200);
  let window = text.slice(at, nl < 0 ? Math.min(text.length, at + MAX_VALUE) : nl2 < 0 ? Math.min(text.length, nl + 201) : nl2 + 1);
  // IAM's "role NAME" re-flowed as "role⏎NAME": the break is the value's own space (same length, positions hold).
  if (TYPE_WORD_FIRST.includes(window.charAt(0).toLowerCase())) {
    window = window.replace(/^((?:role|user|group|policy|instance-profile)[ \t]*)\n(?=[ \t]*\S)/i, '$1 ');
  }
  let length = resourceEnd(window, closers ? 1 : 0);
  // A paste cut inside the context phrase ("… on resource: * with an explicit de"): the start of the phrase is no
  // part of the value.
  if (/^\s*$/.test(text.slice(at + length, at + length + 200)) && at + length + 200 >= text.length) length = withoutCutPhrase(window, length);
  // (An indented continuation after the type word leaves its indent inside: "policy ⏎    NAME" is "policy NAME".)
  const value = cleanValue(window.slice(0, length)).replace(/^(role|user|group|policy|instance-profile)[ \t]{2,}(?=\S)/i, '$1 ');
  // Every resource name (masks too: `_____`, `...`) has an ASCII character: prose after an empty "on resource:"
  // (quoted inline in Japanese, "… on resource:` のようなエラーになる）") is none.
  // Punctuation alone (`on resource:::`) is no name either.
  // Nor is a label on the next line after an empty "on resource:" (a docs page's "**Solution**:").
  return { value: value && /[\x21-\x7e]/.test(value) && !/^[:;,][:;,.]*$/.test(value) && !/^[A-Z][a-z]{2,20}:$/.test(value) ? value : null, end: at + length };
}

const CUT_PHRASES = ['with an explicit deny in', 'because no'];

/** Where a value ends when the text stops in the first words of a context phrase after it (else `length`). */
function withoutCutPhrase(window: string, length: number): number {
  const m = /\s+((?:w|b)[a-z]*(?:\s+[a-z]+){0,3})\s*$/i.exec(window.slice(0, length));
  if (!m) return length;
  const tail = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  return CUT_PHRASES.some((p) => p.startsWith(tail) && tail.length >= 2) ? m.index : length;
}

/**
 * Where a template's words for the action end ("The IAM Entity is not authorized to perform API action on resource:
 * arn:… with an explicit deny …"), or -1: the resource and the context after them are still the message's.
 */
function wordsForActionEnd(text: string, pos: number): number {
  WORDS_FOR_ACTION.lastIndex = pos;
  return WORDS_FOR_ACTION.test(text) ? WORDS_FOR_ACTION.lastIndex : -1;
}

/** The action after "perform" (its colon, "action" and opening quote skipped), in every form a sentence prints it. */
function actionAfterPerform(text: string, pos: number): { action: string; end: number } | null {
  const action = actionAt(text, pos);
  // A page that lost the space before "on" (a translated docs page's "…:GetWidgeton resource:w"): the action ends before it.
  const glued = action && /on$/.test(action.action) && /^[ \t]{1,3}resources?[:：]/.test(text.slice(action.end, action.end + 16));
  if (action) return glued ? { action: action.action.slice(0, -2), end: action.end - 2 } : action;
  // The CLI v1 put the action in parentheses: "perform: (sts:DecodeAuthorizationMessage) action".
  if (text.charAt(pos) === '(') {
    const inner = actionAt(text, pos + 1);
    if (inner && text.charAt(inner.end) === ')') return { action: inner.action, end: inner.end + 1 };
  }
  REQUIRED_LIST.lastIndex = pos;
  const list = REQUIRED_LIST.exec(text);
  if (list) return actionAt(text, pos + list[0].length);
  // A writer's placeholder for it (`perform: <action> on resource: <arn>`) is the action as printed.
  const placeholder = text.charAt(pos) === '<' || text.charAt(pos) === '{' ? PLACEHOLDER_ACTION.exec(text.slice(pos, pos + 48)) : null;
  if (placeholder) return { action: placeholder[0], end: pos + placeholder[0].length };
  // A service that prints the action without its prefix (Route 53 to an old PHP client: "perform: GetHostedZone on
  // resource: arn:aws:route53:::…", CodePipeline: "perform AssumeRole on role arn:…"): the name as printed.
  BARE_ACTION.lastIndex = pos;
  const bare = BARE_ACTION.exec(text);
  return bare ? { action: bare[1]!, end: pos + bare[1]!.length } : null;
}

export function scanApiSentences(scan: Scan): void {
  if (!mentions(scan, 'authori')) return;
  const { text } = scan;
  let previousEnd = 0;
  ANCHOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANCHOR.exec(text))) {
    const anchor = m.index;
    const anchorEnd = anchor + m[0].length;
    const before = text.slice(Math.max(previousEnd, anchor - 60), anchor);
    // Both regexes end in 1–40 spaces after a word ending in m/e ("I am", "you're") or s/e ("is", "are"): the
    // character before the spaces rules most texts out without running them.
    let j = before.length;
    while (j > 0 && isJsSpace(before.charCodeAt(j - 1))) j--;
    const spaced = j < before.length && before.length - j <= 40 ? before.charAt(j - 1).toLowerCase() : '';
    // Prose about one's permissions ("if you are not authorized to perform …"), unless it quotes the message with
    // its colon and action ("an error saying that You are not authorized to perform: lambda:GetLayerVersion").
    if ((spaced === 'm' || spaced === 'e') && PROSE_SUBJECT.test(before) && !QUOTED_ACTION.test(text.slice(anchorEnd, anchorEnd + 120))) continue;
    // "<principal> is|are not authorized": the verb is a whole word right before those spaces.
    const verb = spaced === 's' ? wordBefore(before, j, 'is') : spaced === 'e' ? wordBefore(before, j, 'are') : -1;
    const isWord = verb >= 0;
    const principalEnd = isWord ? anchor - before.length + verb : anchor;
    // A test's expectation ("AssertionError: Expected to find 'Not authorized to perform sts:AssumeRole' but got …")
    // is what the test wanted AWS to say, not what it said; code matching a message (text.ts) did not get one either.
    if ((spaced === '' && EXPECTED_QUOTE.test(before)) || inCodeLiteral(text, principalEnd)) continue;

    // Action: "perform: s3:GetObject", "perform `ses:SendEmail'", "perform sts:AssumeRole", "perform the
    // required AWS Marketplace actions (aws-marketplace:ViewSubscriptions, …)".
    let pos = skipSpace(text, anchorEnd, 40);
    const hasColon = text.charAt(pos) === ':';
    if (hasColon) pos = skipSpace(text, pos + 1, 40);
    // Vendors' retellings: "Datadog is not authorized to perform action sts:AssumeRole".
    ACTION_WORD.lastIndex = pos;
    if (ACTION_WORD.test(text)) pos = ACTION_WORD.lastIndex;
    if ('`\'"‘“'.includes(text.charAt(pos)) && pos < text.length) pos++;
    const action = actionAfterPerform(text, pos);
    // Another cloud's copy of the sentence (Huawei's `ecs:cloudServers:get`): AWS actions have one colon.
    if (action ? action.action.split(':').length > 2 || /^:[A-Za-z]/.test(text.slice(action.end, action.end + 2)) : THREE_PART_ACTION.test(text.slice(pos, pos + 200))) continue;
    const found =
      principalBefore(text, principalEnd, previousEnd) ??
      (action && isWord ? (bareNameBefore(text, principalEnd, previousEnd) ?? callerLineAbove(text, principalEnd, previousEnd)) : null);
    // "User with accountId: xxxxxxxxxxx is not authorized …": a masked account is no caller's name.
    const principal = found && accountCaller(text, principalEnd, previousEnd)?.account === found.value ? null : found;
    // CloudWatch Logs names the caller by account and the call by its operation: "User with accountId: N is not
    // authorized to perform CreateLogGroup with Tags", "… perform GetLogGroupFields on resources /aws/lambda/x".
    const byAccount = !principal && !action && !hasColon && isWord ? accountCaller(text, principalEnd, previousEnd) : null;
    if (byAccount) {
      OPERATION_NAME.lastIndex = pos;
      const op = OPERATION_NAME.exec(text);
      if (op) {
        let end = pos + op[0].length;
        const core = makeCore(byAccount.start, end, 'access-denied', true);
        setField(core, 'accountId', byAccount.account, P.statement);
        setField(core, 'operation', op[1]!, P.statement);
        LOGS_RESOURCES.lastIndex = end;
        const on = LOGS_RESOURCES.exec(text);
        if (on) {
          setField(core, 'resource', on[1]!, P.statement);
          end += on[0].length;
        }
        // "… with Tags. An additional permission "logs:TagResource" is required.": the permission it lacks.
        ADDITIONAL_PERMISSION.lastIndex = end;
        const more = ADDITIONAL_PERMISSION.exec(text);
        if (more) {
          setField(core, 'action', more[1]!, P.statement);
          end += more[0].length;
        }
        core.end = end;
        scan.pieces.push(core);
        previousEnd = end;
        if (ANCHOR.lastIndex < end) ANCHOR.lastIndex = end;
        continue;
      }
    }
    // The same wording behind a masked caller ("xxxxxxx is not authorized to perform CreateLogGroup with Tags").
    const logsOp = principal && !action && !hasColon && isWord ? logsOperation(text, pos) : null;
    const wordsEnd = action ? -1 : logsOp ? logsOp.end : wordsForActionEnd(text, pos);
    // "You are not authorized to perform this operation" (EC2) and prose have neither: other families' job.
    if (!action && !principal && !hasColon && wordsEnd < 0) continue;
    if (principal && !action && !hasColon && /^you$/i.test(principal.value)) continue;

    let end = action ? action.end : wordsEnd >= 0 ? wordsEnd : anchorEnd;
    if (action && '`\'"’”'.includes(text.charAt(end))) end++;
    const resource = action || wordsEnd >= 0 ? readResource(text, end) : null;
    if (resource) end = resource.end;
    const context = contextNear(text, end);
    if (context) end = context.end;

    // The account-only caller before a sentence that does name its action ("User with accountId: N is not authorized
    // to perform: logs:PutSubscriptionFilter on resource: …").
    const accountOnly = !principal && isWord ? accountCaller(text, principalEnd, previousEnd) : null;
    const start = principal ? principal.start : accountOnly ? accountOnly.start : isWord ? principalEnd : anchor;
    const core = makeCore(start, end, 'access-denied', true);
    if (accountOnly) setField(core, 'accountId', accountOnly.account, P.statement);
    // A value the author cut short ("arn:aws:sts::1234:assumed-role/...") yields to a whole one from elsewhere
    // (the CloudTrail record around it, the same message printed again).
    const elided = (v: string) => /\.\.\.|…/.test(v);
    if (principal) setField(core, 'principal', principal.value, elided(principal.value) ? P.hint : P.statement);
    if (action) setField(core, 'action', action.action, P.statement);
    if (logsOp) setField(core, 'operation', logsOp.operation, P.statement);
    if (resource?.value) setField(core, 'resource', resource.value, elided(resource.value) ? P.hint : P.statement);
    if (context) {
      setField(core, 'policyType', context.policyType, P.statement);
      setField(core, 'denyKind', context.denyKind, P.statement);
      setField(core, 'policyArn', context.policyArn, P.statement);
      setField(core, 'action', context.action, P.phrase);
    }
    scan.pieces.push(core);
    previousEnd = end;
    if (ANCHOR.lastIndex < end) ANCHOR.lastIndex = end;
  }
}
