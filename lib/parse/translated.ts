// The API sentence translated into other languages (AWS's localized documentation, a browser's page translation, a
// writer retelling the error in their language): "o usuário … não está autorizado a executar
// elasticbeanstalk:CreateApplicationVersion", "… no está autorizado a realizar: s3:GetObject", "사용자 … 다음을 수행할
// 권한이 없습니다: iam:GetRole", "用户 … 无权执行 s3:GetObject". Japanese has its own file (japanese.ts). The fields are
// read by their shapes around the phrase: the `service:Action` token after it (or before, where the verb comes last),
// the caller's IAM/STS ARN before it in the same sentence.
import type { DenyKind, PolicyType } from '../model';
import { P, makeCore, makeWrapper, setField, type Scan } from './types';
import { cleanValue } from './text';

const PHRASE = new RegExp(
  [
    // Portuguese, Spanish, Italian, French, German.
    String.raw`n[ãa]o\s{1,5}(?:est[áa]|é)\s{1,5}autorizad[oa]\s{1,5}a\s{1,5}(?:executar|realizar|efetuar)`,
    String.raw`n[ãa]o\s{1,5}tem\s{1,5}(?:autoriza[çc][ãa]o|permiss[ãa]o)\s{1,5}para\s{1,5}(?:executar|realizar)`,
    String.raw`no\s{1,5}est[áa]\s{1,5}autorizad[oa]\s{1,5}(?:a|para)\s{1,5}(?:realizar|ejecutar|efectuar)`,
    String.raw`no\s{1,5}tiene\s{1,5}(?:autorizaci[óo]n|permiso)\s{1,5}para\s{1,5}(?:realizar|ejecutar)`,
    String.raw`non\s{1,5}[èe]\s{1,5}autorizzat[oa]\s{1,5}a\s{1,5}(?:eseguire|effettuare)`,
    String.raw`n['’]est\s{1,5}pas\s{1,5}autoris[ée]e?\s{1,5}[àa]\s{1,5}(?:effectuer|ex[ée]cuter|r[ée]aliser)`,
    String.raw`ist\s{1,5}nicht\s{1,5}(?:berechtigt|autorisiert)`,
    // Korean, Chinese.
    String.raw`수행할\s{0,3}권한이\s{0,3}없`,
    // (A page translated whole may turn the sentence around: "未授權使用者:arn:… 在資源:角色 X 上執行:ec2:RunInstances".)
    String.raw`(?:无权|無權|没有权限|沒有權限|未被授权|未獲授權|未授[權权](?:的)?(?:使用者|用户|用戶))(?:对|對)?`,
  ].join('|'),
  'gi',
);
// Fragments every phrase holds, looked up in the lower-cased text (indexOf is far cheaper than a regex scan).
const GATE_WORDS = ['autori', 'berechtigt', '권한', '无权', '無權', '权限', '權限', '授权', '授權'];
// (After a colon only where no word ends before it: `上執行:ec2:RunInstances`, not the `ec2:…` inside `arn:aws:ec2:…`.)
const ACTION = /(?<![\w/-])(?<![\w-]:)([a-z0-9-]{2,40}:[A-Z][A-Za-z0-9*]{1,127})(?![\w-]|:\S)/g;
// It ends where the sentence's own letters start again (Korean's particle "은(는)", Chinese text).
const PRINCIPAL = /(?:arn:)?aws[\w-]{0,20}:(?:iam|sts)::[^\s'"`,，、。()（）\u3000-\u9fff\uac00-\ud7af]{1,1024}/g;
// (The first one only, for a caller named after the phrase: no lastIndex to reset.)
const FIRST_PRINCIPAL = new RegExp(PRINCIPAL.source);

const MASKED_CALLER = /(?<=^|[\s:：])(#{3,40}|\*{3,40}|X{3,40}|x{3,40}|<[A-Za-z][\w:.-]{0,40}>|\[[A-Za-z][\w:.-]{0,40}\])\s{0,3}$/;

// …or one named after the language's word for user (a retold CLI denial: "AccessDenied: El usuario dev-3 no está
// autorizado para realizar: iam:ListUsers").
// ("o usuário IAM não está …" names no one: IAM is what kind of user.)
const NAMED_CALLER = /(?<![\w-])(?:usuario|usu[áa]rio)\s{1,3}(?!(?:IAM|AWS|root)\s)([^\s'"`]{1,200})\s{1,3}$/i;

// EC2's "You are not authorized to perform this operation. Encoded authorization failure message: …" as AWS's Chinese
// pages render it: "您无权执行此操作。已编码的授权失败消息: …", "您沒有執行此作業的權限。編碼授權失敗訊息: …".
const EC2_SENTENCE = /您(?:无权执行此操作|無權執行此操作|沒有執行此作業的權限|没有执行此操作的权限)/g;
const ENCODED_WORDS = String.raw`(?:已?编码的?授权失败消息|編碼(?:的)?授權失敗訊息)`;
const ENCODED = new RegExp(`${ENCODED_WORDS}(?=\\s{0,3}[:：])`, 'g');
const ENCODED_AFTER = new RegExp(`^[^\\n]{0,40}?${ENCODED_WORDS}`);

function scanTranslatedEc2(scan: Scan): void {
  const { text } = scan;
  // (The sentence alone is any application's "you may not do this": AWS's only with its encoded message after it.)
  EC2_SENTENCE.lastIndex = 0;
  for (let m = EC2_SENTENCE.exec(text); m; m = EC2_SENTENCE.exec(text)) {
    const end = m.index + m[0].length;
    if (ENCODED_AFTER.test(text.slice(end, end + 80))) scan.pieces.push(makeCore(m.index, end, 'access-denied', false));
  }
  ENCODED.lastIndex = 0;
  for (let m = ENCODED.exec(text); m; m = ENCODED.exec(text)) {
    const w = makeWrapper(m.index, m.index + m[0].length, 'backward', 600, 'access-denied');
    setField(w, 'encoded', true, P.statement);
    scan.pieces.push(w);
  }
}

export function scanTranslated(scan: Scan): void {
  const { text, lower } = scan;
  if (text.indexOf('您') >= 0) scanTranslatedEc2(scan);
  if (!GATE_WORDS.some((w) => lower.indexOf(w) >= 0)) return;
  PHRASE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHRASE.exec(text))) {
    const at = m.index;
    const end = at + m[0].length;
    // (A phrase that starts its line was wrapped there: the caller may end the line above.)
    const ownLine = text.lastIndexOf('\n', at - 1) + 1;
    const lineStart = ownLine > 0 && /^[ \t]*$/.test(text.slice(ownLine, at)) ? text.lastIndexOf('\n', ownLine - 2) + 1 : ownLine;
    const nl = text.indexOf('\n', end);
    const lineEnd = nl < 0 ? text.length : nl;
    // The action: the first after the phrase within its sentence, else (verb-final languages) the last before it.
    // A wrap right after the phrase (`无权执行` ⏎ `(s3:GetObject)`) leaves the action on the next line.
    const wrapped = lineEnd < text.length && /^[\s:：]*$/.test(text.slice(end, lineEnd));
    const afterEnd = wrapped ? text.indexOf('\n', lineEnd + 1) : lineEnd;
    const after = text.slice(end, Math.min(afterEnd < 0 ? text.length : afterEnd, end + 200));
    ACTION.lastIndex = 0;
    const next = ACTION.exec(after);
    // Back to the line's start or the string the sentence sits in (a record's errorMessage), at most 400 characters.
    const from = Math.max(lineStart, at - 400, text.lastIndexOf('"', at - 1) + 1);
    const before = text.slice(from, at);
    let action = next ? next[1]! : null;
    if (!action) {
      for (const a of before.matchAll(ACTION)) action = a[1]!;
    }
    // The caller nearest the phrase.
    let principal: RegExpExecArray | null = null;
    PRINCIPAL.lastIndex = 0;
    for (let p = PRINCIPAL.exec(before); p; p = PRINCIPAL.exec(before)) principal = p;
    // A caller its writer masked as a whole (`用户 ### 无权执行`) right before the phrase.
    principal ??= MASKED_CALLER.exec(before) ?? NAMED_CALLER.exec(before);
    // …or right after it, where the translation named the unauthorized user first.
    if (!principal && /[户戶者]$/.test(m[0])) principal = FIRST_PRINCIPAL.exec(after.slice(0, next ? next.index : 200));
    if (!action && !principal) continue;
    const core = makeCore(principal ? from + principal.index : at, next ? end + next.index + next[0].length : end, 'access-denied', false);
    if (action) setField(core, 'action', action, P.statement);
    if (principal) setField(core, 'principal', cleanValue(principal[1] ?? principal[0]), P.statement);
    // The rest of the sentence, over a wrap (not past a blank line).
    const blank = /\n[ \t]*\n/.exec(text.slice(end, end + 400));
    const rest = text.slice(end, end + (blank ? blank.index : 400)).replace(/\s*\n\s*/g, ' ');
    const context = translatedContext(rest);
    if (context) {
      setField(core, 'policyType', context.policyType, P.statement);
      setField(core, 'denyKind', context.denyKind, P.statement);
    } else if (TRANSLATED_EXPLICIT.test(rest)) {
      // The legacy form without a layer: "… con una denegación explícita".
      setField(core, 'policyType', 'unknown', P.statement);
      setField(core, 'denyKind', 'explicit', P.statement);
    }
    // The resource after the translated "on resource:" (some pages leave the word in English: "en resource: …").
    setField(core, 'resource', (TRANSLATED_RESOURCE.exec(rest) ?? ZH_RESOURCE.exec(rest))?.[1], P.statement);
    scan.pieces.push(core);
    if (PHRASE.lastIndex < core.end) PHRASE.lastIndex = core.end;
  }
}

// The context phrase translated with the sentence: "因为没有基于身份的策略允许 X 操作", "porque nenhuma política baseada
// em identidade permite", "con una denegación explícita en una política de control de servicios". The layer by its
// name in each language; the kind by the negation ("no policy allows") or the words for an explicit deny.
const TRANSLATED_TYPES: Array<[RegExp, PolicyType]> = [
  [/基于身份|基於身分|基於身份|baseada em identidade|basada en (?:la )?identidad|bas[ée]e sur l['’]identit[ée]|자격 증명 기반|ID 기반|identitätsbasiert/i, 'identity'],
  [/基于资源|基於資源|baseada em recursos?|basada en recursos?|bas[ée]e sur (?:les |la )?ressources?|리소스 기반|ressourcenbasiert/i, 'resource'],
  [/服务控制策略|服務控制政策|pol[íi]tica de controle de servi[çc]os?|pol[íi]tica de control de servicios?|strat[ée]gie de contr[ôo]le des? services?|서비스 제어 정책|Service-Kontrollrichtlinie/i, 'scp'],
  [/资源控制策略|資源控制政策|pol[íi]tica de control(?:e)? de recursos?|strat[ée]gie de contr[ôo]le des? ressources?|리소스 제어 정책/i, 'rcp'],
  [/权限边界|權限界限|許可界限|limite de permiss[õo]es|l[íi]mite de permisos|limite (?:des|d['’])autorisations?|권한 경계|Berechtigungsgrenze/i, 'boundary'],
  [/会话策略|工作階段政策|pol[íi]tica de sess[ãa]o|pol[íi]tica de sesi[óo]n|strat[ée]gie de session|세션 정책|Sitzungsrichtlinie/i, 'session'],
  [/VPC ?(?:终端节点|端點|endpoint|엔드포인트)/i, 'vpce'],
];
const TRANSLATED_RESOURCE = /^\s{0,3}[^\n]{0,200}?\b(?:en|no|sur|auf)\s{1,3}(?:el\s{1,3}|o\s{1,3}|la\s{1,3}|der\s{1,3})?(?:resource|recurso|ressource|Ressource)\s{0,3}:\s{0,3}(.{1,300}?)(?=\s{1,3}(?:con|com|with|porque|because|car|parce|weil|mit|da)\b|[»"”.]?\s*$)/;
const ZH_RESOURCE = /^[^\n]{0,200}?在(?:資源|资源)\s{0,3}[:：]?\s{0,3}([^\n]{1,300}?)\s{0,3}上(?:執行|执行)/;
const TRANSLATED_EXPLICIT = /显式拒绝|顯式拒絕|明確拒絕|nega[çc][ãa]o expl[íi]cita|denegaci[óo]n expl[íi]cita|refus explicite|명시적 거부|explizite Verweigerung/i;
const TRANSLATED_NONE = /没有|沒有|nenhuma|ninguna|aucune|허용하는 .{0,20}없|허용하지 않|keine/i;

/** The layer and kind a translated context phrase names in `after` (the rest of the sentence), or null. */
function translatedContext(after: string): { policyType: PolicyType; denyKind: DenyKind } | null {
  const type = TRANSLATED_TYPES.find(([re]) => re.test(after));
  if (!type) return null;
  const denyKind: DenyKind = TRANSLATED_EXPLICIT.test(after) ? 'explicit' : TRANSLATED_NONE.test(after) ? 'implicit' : 'unknown';
  return { policyType: type[1], denyKind };
}
