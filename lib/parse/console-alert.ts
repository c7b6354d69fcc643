// The AWS Management Console's access-denied alert and its copyable diagnostic block:
//   Access denied to ec2:DescribeInstances
//   You don't have permission to ec2:DescribeInstances. To request access, copy the following text …
//   User: arn:aws:sts::111122223333:assumed-role/ReadOnlyDev/alice
//   Service: ec2
//   Action: ec2:DescribeInstances
//   On resource(s): *
//   Context: no identity-based policy allows the action
// in English, French (Utilisateur: / Ressource: / Contexte:) and Japanese (ユーザー: / アクション: / リソース: /
// コンテキスト:), with or without the header, and the service pages' own wording: "You don't have permission to perform billing:GetBillingDetails", S3's
// "You don't have permissions to list buckets … to allow the s3:ListAllMyBuckets action".
import type { Finding } from '../model';
import { unknownDenial } from '../finding';
import { serviceOfOperation } from '../iam/operations';
import { consoleContext } from './context-phrase';
import { gatedAlternation } from './gated';
import { each } from './find';
import { codeWrapper } from './sdk-envelopes';
import { mentions } from './gate';
import { foreignProductBefore } from './not-aws';
import { P, makeCore, setField, type Piece, type Scan } from './types';
import { ACTION_SOURCE, EXPECTATION_OPEN, actionAt, cleanValue, indexWithin, lastIndexWithin } from './text';

const ACTION = `(${ACTION_SOURCE})`;
// Headers start with fixed words (cheap to find); the action is read after them, or before the Japanese ones.
const HEADERS_EN = gatedAlternation(
  [
    { source: String.raw`Access\s{1,5}denied\s{1,5}to\s{1,10}(?=[A-Za-z])`, needs: ['denied'] },
    {
      source: String.raw`You\s{1,5}(?:don[’']t|do\s{1,5}not)\s{1,5}have\s{1,5}(?:the\s{1,5})?(?:required\s{1,5})?permissions?(?:\s{1,5}to|\s{1,5}for)?`,
      needs: ['permission'],
    },
    { source: String.raw`Insufficient\s{1,5}permissions\s{1,5}to`, needs: ['permission'] },
    // Cost Explorer and other service pages: "Insufficient permissions … You need permission to perform
    // ce:GetCostAndUsage". Everyday prose too ("you need permission to edit"), so it counts only with an action.
    { source: String.raw`You\s{1,5}need\s{1,5}(?:the\s{1,5})?(?:required\s{1,5})?permissions?\s{1,5}to`, needs: ['permission'] },
  ],
  (kept) => new RegExp(kept.map((a) => a.source).join('|'), 'g'),
);
const WEB_SERVER_PAGE = /^\s{0,3}(?:to\s{1,3})?access\s{1,3}[^\n]{0,300}?\bon\s{1,3}this\s{1,3}server\b/;
const HEADERS_JA = /へのアクセスが拒否されました|のアクセス許可がありません|アクセス許可がありません/g;
const ACTION_BEFORE = new RegExp(`(${ACTION_SOURCE})\\s{0,3}$`);
// The console's labels in the languages it is shown in (and a writer's translation of them): Spanish, Portuguese,
// German, Italian, Korean, Chinese beside English, French and Japanese.
const USER_LABEL = 'User|Principal|Utilisateur|Usuario|Usuário|Benutzer|Utente|ユーザー|プリンシパル|사용자|用户|用戶|使用者';
const LOCAL_ACTION_LABEL = 'Acci[oó]n|A[cç][aã]o|Aktion|Azione|작업|操作';
const ACTION_LABEL = `Action|アクション|${LOCAL_ACTION_LABEL}`;
const RESOURCE_LABEL =
  'On resource\\(s\\)|On resources?|Resources?|Ressources?|Recursos?|Ressource(?:n|\\(n\\))?|Risors[ae]|리소스|资源|資源|リソース(?:[ \\t]{0,3}[(（][^)）\\n]{0,20}[)）])?';
const CONTEXT_LABEL = 'Context|Contexte|Contexto|Kontext|Contesto|コンテキスト|컨텍스트|上下文';
const LABEL_LINE = new RegExp(
  `^[ \\t]{0,20}(?:[-*•][ \\t]{1,3})?(${USER_LABEL}|Service|サービス|${ACTION_LABEL}|${RESOURCE_LABEL}|${CONTEXT_LABEL})[ \\t]{0,12}[:：][ \\t]{0,20}(.{0,2000})$`,
);
const ALLOW_THE = new RegExp(`(?:allow|perform|許可するように|to)\\s{0,3}(?:the\\s{1,3})?${ACTION}(?:\\s{0,3}(?:action|アクション))?`);
const JA_ACTION = new RegExp(`${ACTION}\\s{0,3}アクションを許可`);

const MAX_BLOCK_LINES = 12;
const STATEMENT_LABEL = /^[ \t]{0,20}(?:[-*•][ \t]{1,3})?(?:Effect|Sid)[ \t]{0,12}:[ \t]{0,20}\S/m;
const ACTION_LINE_ALL = new RegExp(`^[ \\t]{0,20}(?:[-*•][ \\t]{1,3})?(?:${ACTION_LABEL})[ \\t]{0,12}[:：]`, 'gm');
// (The English and Japanese labels alone where no other language's is near: a shorter alternation at every line start.)
const ACTION_LINE_EN = /^[ \t]{0,20}(?:[-*•][ \t]{1,3})?(?:Action|アクション)[ \t]{0,12}[:：]/gm;
// The localized labels, looked for only in a text with an ARN (the user line of every block has one).
const LOCAL_ACTION_LINE = new RegExp(`^[ \\t]{0,20}(?:[-*•][ \\t]{1,3})?(?:${LOCAL_ACTION_LABEL})[ \\t]{0,12}[:：]`, 'm');
// (A few searches for the words first: most denials name an ARN and no label of another language.)
const localActionWord = (text: string): boolean =>
  ['Acci', 'Aç', 'Acao', 'Aktion', 'Azione', '작업', '操作'].some((word) => text.indexOf(word) >= 0);
// The header in the other languages' words: "Acceso denegado a iam:GetAccountSummary", "Acesso negado para …".
const HEADERS_LOCAL = /(?:Acceso[ \t]denegado[ \t]a|Acesso[ \t]negado[ \t](?:para|a)|Accès[ \t]refusé[ \t]à|Accesso[ \t]negato[ \t]a|Zugriff[ \t]verweigert[ \t](?:auf|für))[ \t]{1,10}(?=[a-z])/g;

interface Block {
  start: number;
  end: number;
  labels: Map<string, string>;
}

// A copy of the block whose label column was lost (the Japanese console's, pasted from a page): the caller's ARN
// alone on a line above the action, the resource's alone below it.
const BARE_ARN_LINE = /^[ \t]{0,20}(arn:[a-z-]{2,20}:[a-z0-9-]{2,40}:[^\s]{0,2000})[ \t]*$/;

/** Reads the label lines that follow `from` (blank lines and the lead sentence may sit between them). */
function readBlock(text: string, from: number): Block {
  const labels = new Map<string, string>();
  const bare: Array<{ key: 'user' | 'resource'; value: string }> = [];
  let pos = from;
  let end = from;
  let misses = 0;
  for (let n = 0; n < MAX_BLOCK_LINES && pos < text.length; n++) {
    const nl = indexWithin(text, '\n', pos, 2100);
    const lineEnd = nl < 0 ? Math.min(text.length, pos + 2100) : nl;
    const line = text.slice(pos, Math.min(lineEnd, pos + 2100));
    const m = LABEL_LINE.exec(line);
    const arn = m ? null : BARE_ARN_LINE.exec(line);
    if (m) {
      const key = normalizeLabel(m[1] ?? '');
      if (!labels.has(key)) labels.set(key, (m[2] ?? '').trim());
      end = lineEnd;
      misses = 0;
    } else if (arn && bare.length < 2) {
      bare.push({ key: labels.has('action') ? 'resource' : 'user', value: arn[1]! });
    } else if (line.trim() !== '' && labels.size > 0) {
      // The block ended ("Copy", the next widget) — one stray line ("Copy") is allowed inside.
      if (++misses > 1) break;
    } else if (line.trim() !== '' && n > 2) {
      break;
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  // Only in a block the labels do mark (its action): a caller's ARN for the user, anything else for the resource.
  if (labels.has('action')) {
    for (const { key, value } of bare) {
      if (key === 'user' && !/^arn:[^:]+:(?:iam|sts):/.test(value)) continue;
      if (!labels.has(key)) labels.set(key, value);
    }
  }
  return { start: from, end, labels };
}

const USER_WORD = new RegExp(`^(?:${USER_LABEL})$`);
const ACTION_WORD_LABEL = new RegExp(`^(?:${ACTION_LABEL})$`);
const CONTEXT_WORD = new RegExp(`^(?:${CONTEXT_LABEL})$`);

function normalizeLabel(label: string): string {
  if (USER_WORD.test(label)) return 'user';
  if (ACTION_WORD_LABEL.test(label)) return 'action';
  if (CONTEXT_WORD.test(label)) return 'context';
  if (/^(?:Service|サービス)$/.test(label)) return 'service';
  return 'resource';
}

/** The block's action; a block that splits it (`Service: iam` ⏎ `Action: ListAccessKeys`) gives it in two parts. */
function blockAction(block: Block): string | null {
  const action = block.labels.get('action') ?? '';
  const whole = actionAt(action, 0);
  if (whole) return whole.action;
  const service = block.labels.get('service') ?? '';
  return /^[a-z0-9-]{2,40}$/.test(service) && /^[A-Z][A-Za-z0-9]{1,127}$/.test(action) ? `${service}:${action}` : null;
}

function applyBlock(core: Piece, block: Block): void {
  const user = block.labels.get('user');
  const action = blockAction(block);
  const resource = block.labels.get('resource');
  const context = block.labels.get('context');
  if (user) setField(core, 'principal', cleanValue(user), P.console);
  if (action) setField(core, 'action', action, P.console);
  if (resource) setField(core, 'resource', cleanValue(resource), P.console);
  if (context) {
    const ctx = consoleContext(context);
    setField(core, 'policyType', ctx.policyType, P.console);
    setField(core, 'denyKind', ctx.denyKind, P.console);
  }
  if (block.end > core.end) core.end = block.end;
}

// Cost Explorer's widgets put the code in brackets among the block's fields ("Name: [AccessDeniedException]", above
// "HTTP status code: [400]"): the code of the refusal the block tells, whichever line says it.
const WIDGET_CODE = /^[> \t]{0,12}Name:[ \t]{0,3}\[([A-Z][A-Za-z0-9.]{2,80}(?:Exception|Denied|Error|Fault|Operation))\]/gm;

export function scanConsoleAlerts(scan: Scan): void {
  const { text } = scan;
  if (text.indexOf('Name: [') >= 0) each(WIDGET_CODE, text, (m) => codeWrapper(scan, m.index, m.index + m[0].length, m[1]!, P.structured - 5, 'around', 800));
  let covered = 0;
  let m: RegExpExecArray | null;
  const heads: Array<{ start: number; end: number; action: string | null }> = [];
  const headers = mentions(scan, 'denied', 'permission') ? HEADERS_EN(scan) : null;
  if (headers) {
    headers.lastIndex = 0;
    while ((m = headers.exec(text))) {
      const end = m.index + m[0].length;
      // "Access denied to <action>" names it; the "You don't have permission…" family may name it further on.
      const named = /^Access/.test(m[0]) ? actionAt(text, end) : null;
      if (/^Access/.test(m[0]) && !named) continue;
      // Another product's own words (npm's "You do not have permission to publish", a registry's) are not AWS's.
      if (foreignProductBefore(text, m.index)) continue;
      // A web server's or CDN's error page (Apache's, Akamai's): "You don't have permission to access "/x" on this server."
      if (WEB_SERVER_PAGE.test(text.slice(end, end + 400))) continue;
      heads.push({ start: m.index, end: named ? named.end : end, action: named ? named.action : null });
    }
  }
  if (mentions(scan, '拒否', '許可')) {
    HEADERS_JA.lastIndex = 0;
    while ((m = HEADERS_JA.exec(text))) {
      const before = ACTION_BEFORE.exec(text.slice(Math.max(0, m.index - 200), m.index));
      const action = before?.[1] ?? null;
      heads.push({ start: before ? m.index - before[0].length : m.index, end: m.index + m[0].length, action });
    }
  }
  if (text.indexOf('negad') >= 0 || text.indexOf('negato') >= 0 || text.indexOf('refusé') >= 0 || text.indexOf('verweigert') >= 0) {
    HEADERS_LOCAL.lastIndex = 0;
    while ((m = HEADERS_LOCAL.exec(text))) {
      const named = actionAt(text, m.index + m[0].length);
      if (named) heads.push({ start: m.index, end: named.end, action: named.action });
    }
  }
  // (English headers come in order; the Japanese and the other languages' ones join them wherever they stand.)
  heads.sort((a, b) => a.start - b.start);
  for (const head of heads) {
    const start = head.start;
    let end = head.end;
    const core = makeCore(start, end, 'access-denied', false);
    if (head.action) setField(core, 'action', head.action, P.console);
    else {
      // "You don't have permission to perform billing:GetBillingDetails", "… to allow the s3:ListBucket action".
      // The action follows ("…permission to perform ce:GetCostAndUsage") or comes in the body under a heading
      // ("You don't have permissions to list buckets" ⏎ "…to allow the s3:ListAllMyBuckets action"), which
      // the page's layout may put a blank line below.
      const tail = text.slice(end, Math.min(text.length, end + 400));
      const paragraphs = tail.split(/\n\s*\n/);
      const first = paragraphs[0] ?? '';
      // (CloudWatch's alarms panel lists them: "…to perform the following operations: CloudWatch:DescribeAlarms.")
      const direct = actionAt(first.replace(/^\s{0,3}(?:perform\s{1,3}(?:the\s{1,3}following\s{1,3}operations?:\s{0,3})?)?/, ''), 0);
      let scope = first;
      let allow = direct ? null : (ALLOW_THE.exec(first) ?? JA_ACTION.exec(first));
      if (!direct && !allow && paragraphs.length > 1) {
        const at = tail.indexOf(paragraphs[1] ?? '', first.length);
        scope = tail.slice(0, at + (paragraphs[1] ?? '').length);
        allow = ALLOW_THE.exec(scope) ?? JA_ACTION.exec(scope);
        if (!allow) scope = first;
      }
      const act = direct?.action ?? allow?.[1];
      if (!act && /^You\s+need/.test(text.slice(start, start + 10))) continue;
      if (act) setField(core, 'action', act, P.console);
      const after = allow ? allow.index + allow[0].length : 0;
      const sentenceEnd = scope.slice(after).search(/[.。](?:\s|$)/);
      end += sentenceEnd >= 0 ? after + sentenceEnd + 1 : Math.min(scope.length, 200);
      core.end = end;
    }
    if (start >= covered) {
      const nl = indexWithin(text, '\n', core.end, 400);
      if (nl >= 0) {
        const block = readBlock(text, nl + 1);
        // (A header that names the action needs only the caller below it: "Acesso negado para x:Y" ⏎ "Usuário: arn:…".)
        if (block.labels.has('action') || block.labels.has('context') || (head.action !== null && block.labels.has('user'))) {
          applyBlock(core, block);
          covered = block.end;
        }
      }
    }
    scan.pieces.push(core);
  }

  // The diagnostic block pasted without its header: an "Action:" line with at least one other label near it.
  // The label is capitalized: "action" alone (every "…allows the s3:GetObject action") does not need the scan.
  const english = mentions(scan, 'action', 'アクション') && (text.indexOf('Action') >= 0 || text.indexOf('アクション') >= 0);
  const local = text.indexOf('arn:') >= 0 && localActionWord(text);
  if (!english && (!local || !LOCAL_ACTION_LINE.test(text))) return;
  const actionLine = local ? ACTION_LINE_ALL : ACTION_LINE_EN;
  actionLine.lastIndex = 0;
  while ((m = actionLine.exec(text))) {
    if (m.index < covered) continue;
    // Start the block a few lines up, where "User:" usually sits.
    let from = m.index;
    for (let up = 0; up < 4 && from > 0; up++) {
      const prev = lastIndexWithin(text, '\n', from - 1, 2100);
      if (prev < 0 && from > 2100) break;
      const candidate = prev < 0 ? 0 : prev + 1;
      if (!LABEL_LINE.test(text.slice(candidate, Math.min(from, candidate + 2100)).replace(/\n$/, ''))) break;
      from = candidate;
    }
    const block = readBlock(text, from);
    // Later "Action:" lines of a rejected run would read the same block again.
    actionLine.lastIndex = Math.max(actionLine.lastIndex, block.end);
    if (block.labels.size < 2 || !blockAction(block)) continue;
    // A policy statement written as labels (`Effect: Allow` ⏎ `Action: s3:GetObject` ⏎ `Resource: …`) grants.
    if (STATEMENT_LABEL.test(text.slice(Math.max(0, from - 300), block.end))) continue;
    const core = makeCore(block.start, block.end, 'access-denied', false);
    applyBlock(core, block);
    scan.pieces.push(core);
    covered = block.end;
  }
}

// What the console's own wording adds to a whole alert, after the families have read it (the card path reads
// console alerts through parse() too, so the popup, the CLI and the card give the same finding):
//  - an alert that says "you lack permission" and names exactly one action (S3's "You don't have permissions to
//    list buckets … to allow the s3:ListAllMyBuckets action", Billing's "…to perform billing:GetBillingDetails")
//    is a denial of that action, also when no family read a statement from it;
//  - a status reason's "API: ec2:CreateSecurityGroup" prefix names the action of a denial that does not.
// Only for alert-sized text: in a long log an action mentioned elsewhere is not this denial's.
const ALERT_SIZE = 2000;
// (SageMaker Studio's banner says "Permission issue detected" above the action its execution role lacks.)
const LACKS_PERMISSION =
  /(?:do not|don[’'`]?t|doesn[’'`]?t|does not) have (?:the )?(?:required |necessary |sufficient )?permissions?|insufficient permissions?|need (?:the )?(?:required )?permissions? to|access denied|permission issue detected|アクセス許可がありません|権限がありません|アクセスが拒否|アクセス拒否/i;
/**
 * `service:Action` as IAM prints it: the prefix lower case, the action capitalized. A label glued to the phrase
 * (Athena's "the following errors:Access denied when …") is no action.
 */
// (Nor is a value an SDK printed as null before its code, S3A's "S3 Extended Request ID: null:AccessDenied".)
const CONSOLE_ACTION =
  /(?<![\w:/.-])(?!(?:errors?|warnings?|messages?|reason|details?|cause|info|note|exception|null|undefined|none|nil):)([a-z][a-z0-9-]{1,40}:[A-Z][A-Za-z0-9]{1,100})(?![\w:-])(?!\s{1,3}denied\b)/g;
const API_PREFIX = /\bAPI:\s{0,3}([a-z][a-z0-9-]{1,40}:[A-Z][A-Za-z0-9]{1,100})(?![\w:-])/g;

// A list of what the caller lacks ("The execution role requires permissions for ecr:GetAuthorizationToken,
// ecr:BatchGetImage, and ecr:GetDownloadUrlForLayer operations"): the first is the one the service tried first.
const NEEDS_LIST =
  /\b(?:requires?|needs?|is missing|must have)\s{1,3}(?:the\s{1,3})?(?:following\s{1,3})?permissions?\s{0,3}(?:for|to|:)?\s{1,3}[`'"]?([a-z][a-z0-9-]{1,40}:[A-Z][A-Za-z0-9]{1,100})(?![\w:-])/;

function firstNeeded(text: string): string | null {
  return NEEDS_LIST.exec(text)?.[1] ?? null;
}

const TEST_EXPECTATION = new RegExp(EXPECTATION_OPEN, 'i');

function distinct(re: RegExp, text: string): string[] {
  const seen = new Map<string, string>();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const a = m[1] ?? '';
    if (!seen.has(a.toLowerCase())) seen.set(a.toLowerCase(), a);
    if (seen.size > 1) break;
  }
  return [...seen.values()];
}

// A policy document pasted beside the error (`"Action": "s3:GetObject"`, the writer's own policy that "looks
// correct") names what a policy says, not what the alert refused.
const POLICY_ACTION = /["']?(?:Not)?Action["']?\s{0,3}:\s{0,3}(?:["'][^"'\n]{0,200}["']|\[[^\]]{0,2000}\])/g;

function withoutPolicyActions(text: string): string {
  return text.indexOf('Action') < 0 ? text : text.replace(POLICY_ACTION, (m) => ' '.repeat(m.length));
}

export function fillFromConsoleWording(text: string, findings: Finding[]): Finding[] {
  // A test's output quotes the message it expected (`Expected to find 'Not authorized to perform sts:AssumeRole'`):
  // that action is the test's, not the refusal's.
  if (text.length > ALERT_SIZE || TEST_EXPECTATION.test(text)) return findings;
  // Only a finding without its action, or no finding at all, can use the wording.
  if (findings.length > 0 && findings.every((f) => f.category !== 'access-denied' || f.action !== null)) return findings;
  const api = text.indexOf('API:') >= 0 ? distinct(API_PREFIX, text) : [];
  const lacks = LACKS_PERMISSION.test(text);
  const actions = lacks ? distinct(CONSOLE_ACTION, withoutPolicyActions(text)) : [];
  const only = api.length === 1 ? api[0]! : actions.length === 1 ? actions[0]! : lacks ? firstNeeded(text) : null;
  if (!only) return findings;
  if (findings.length === 0) {
    if (actions.length !== 1) return findings;
    return [unknownDenial({ action: only, message: text.trim().slice(0, 2000) })];
  }
  // The action another finding of the text states is that finding's (a log's second error), not the wording's.
  if (findings.some((f) => f.action !== null && f.action.toLowerCase() === only.toLowerCase())) return findings;
  for (const f of findings) {
    if (f.category !== 'access-denied' || f.action !== null) continue;
    // An operation of another service ("… when calling the GetObject operation" beside a writer's "kms:Decrypt is
    // not granted") says the wording's action is not the call refused.
    const service = f.operation ? serviceOfOperation(f.operation, f.errorCode) : null;
    if (service && service !== only.slice(0, only.indexOf(':')).toLowerCase()) continue;
    f.action = only;
  }
  return findings;
}
