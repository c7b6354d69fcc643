// AWS denial messages machine-translated into Japanese (a browser's page translation, a translated doc or chat):
//   ユーザー: arn:aws:iam::123456789012:user/dev は、リソース: arn:aws:s3:::logs に対して s3:GetObject を実行する
//   権限がありません。アイデンティティベースのポリシーで s3:GetObject アクションが許可されていないためです
//   ユーザー: arn:… は次のアクションを実行する権限がありません: s3:GetObject (リソース: arn:…)
//   ListBuckets オペレーションを呼び出すときにエラー (AccessDenied) が発生しました: …
// Translators move the parts around, so the fields are read by their markers (ユーザー:, リソース:, the
// `service:Action` token, the policy type words) within the sentence around "…権限がありません" rather than by
// position. Explicit: 明示的; implicit: 許可されていない / 許可する … がない.
import { policyTypeIn } from './context-phrase';
import { eachWith } from './find';
import { mentionsAny } from './gate';
import { P, makeCore, makeWrapper, setField, type Scan } from './types';
import { cleanValue } from './text';

const DENIED =
  /(?:を実行する|の実行|を行う)?(?:権限|アクセス許可|許可|認可)(?:が|は)(?:ありません|ない)|(?:実行|操作)(?:する|の)?(?:権限|許可)を持っていません|(?:実行|操作)(?:すること)?(?:が|を)?(?:許可|認可)されていません|認可されていません|権限(?:が)?不足(?=で|により|のため)/g;
const PRINCIPAL_LABEL = /(?:ユーザー|プリンシパル|User)\s{0,3}[:：]\s{0,3}([^\s、。，,（(）)]{3,1024}?)(?=\s|は|には|が|、|。|$)/;
const PRINCIPAL_ARN = /((?:arn:)?aws[\w-]{0,20}:(?:iam|sts)::[^\s、。，,（(）)]{1,1024}?)\s{0,3}(?:は|には|が)/;
// Translators drop the colon before an ARN ("リソース arn:aws:s3:::logs に対して").
const RESOURCE_LABEL = /(?:リソース|resource)(?:\s{0,3}[:：]\s{0,3}|\s{0,3}(?=arn:))([^\s、。，,（(）)]{1,2048}?)(?=\s|に対して|に対する|で|の|）|\)|、|。|$)/i;
// The action may close its clause with a colon ("リソースの ec2:RunInstances: ロール x").
const ACTION = /(?<![\w:/-])([A-Za-z][A-Za-z0-9-]{1,40}:[A-Za-z][A-Za-z0-9*]{1,127})(?![\w-]|:\S)/g;
// "… perform: X on resource: Y" rendered as "リソースの X: Y" (the resource's of-phrase before the action): Y as printed,
// the legacy "role Name" form included.
const RESOURCE_AFTER_ACTION = /^[:：]\s{0,3}([^\s、。，,（(）)][^\n、。，,（(）)]{0,2047}?)\s{0,3}(?=[（(]|[、。]|$)/;
// "Encoded authorization failure message" translated: エンコードされた / エンコードした認証 (認可) 失敗メッセージ.
// The label of a blob (a colon, or the blob after a space), not prose about decoding one (「…メッセージをデコード」).
const ENCODED = /エンコード(?:された|した|済みの)?\s{0,3}(?:認証|認可)\s{0,3}(?:の)?失敗\s{0,3}メッセージ(?=\s{0,3}[:：]|\s{1,3}[A-Za-z0-9<_-])/g;
const EXPLICIT = /明示的/;
const IMPLICIT = /許可(?:されて|して)いない|許可(?:されて|して)いません|許可する[^。\n]{0,40}(?:ありません|ない)|許可がない/;
const ERROR_CODE = /エラー\s{0,3}[(（]\s{0,3}([A-Za-z][A-Za-z0-9.]{1,100})\s{0,3}[)）]/g;
// (Knowledge Center's own translation: "AssumeRoleWithWebIdentity 操作の呼び出し中にエラー (InvalidIdentityToken) が発生".)
const OPERATION = /([A-Za-z][A-Za-z0-9]{1,100})\s{0,3}(?:オペレーション|操作)\s{0,3}[をの]\s{0,3}呼び出/g;
// A Japanese writer's own account: "… で AccessDeniedException が発生", "Bedrock ConverseStream 呼び出し時に …".
const OCCURRED_CODE = /(?<![\w.-])([A-Z][A-Za-z]{2,60}(?:Exception|Denied|Fault))\s{0,3}(?:エラー\s{0,3})?が発生/g;
const CALLED_OPERATION = /(?<![\w:-])([A-Z][a-z][A-Za-z0-9]{1,100})\s{0,3}(?:API\s{0,3})?(?:の)?呼び出し(?:時|中|の際)/g;

const WINDOW = 600;

export function scanJapanese(scan: Scan): void {
  scanTranslatedEnvelope(scan);
  if (!mentionsAny(scan, ['権限', '許可', '認可'])) return;
  const { text } = scan;
  DENIED.lastIndex = 0;
  let m: RegExpExecArray | null;
  let previousEnd = 0;
  while ((m = DENIED.exec(text))) {
    const at = m.index;
    const anchorEnd = at + m[0].length;
    // The sentence: back to the previous full stop or blank line, on to the end of the next sentence.
    const backFrom = Math.max(previousEnd, at - WINDOW);
    const before = text.slice(backFrom, at);
    const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n\n'));
    const start = cut >= 0 ? backFrom + cut + 1 : backFrom;
    // On to the end of the line: the rest of this sentence, and the reason sentence ("…ためです") after it.
    const after = text.slice(anchorEnd, Math.min(text.length, anchorEnd + WINDOW));
    const nl = after.indexOf('\n');
    const line = nl >= 0 ? after.slice(0, nl) : after;
    const withReason = /^[^。]*。[^。]{0,300}?(?:ため(?:です)?|から)(?:。)?/.exec(line);
    const tailEnd = anchorEnd + (withReason ? withReason[0].length : (/^[^。]*。?/.exec(line)?.[0].length ?? line.length));
    const around = text.slice(start, tailEnd);
    const principal = PRINCIPAL_LABEL.exec(around) ?? PRINCIPAL_ARN.exec(around);
    // The sentence begins at its principal: without a full stop before it (a record's JSON, a log line) the window
    // back would hold other `x:y` tokens (a principalId `AROA…:ana`) that are not the action.
    // Without a principal the sentence begins at its line or at the string it sits in (a record's errorMessage).
    const from = principal?.index ?? Math.max(0, around.lastIndexOf('"', at - start) + 1, around.lastIndexOf('\n', at - start) + 1);
    const sentence = around.slice(from);
    ACTION.lastIndex = 0;
    const action = ACTION.exec(sentence);
    // A translated denial names at least what was denied or who was: bare "権限がありません" is everyday prose.
    if (!action && !principal) continue;
    const core = makeCore(start + from + (sentence.length - sentence.trimStart().length), tailEnd, 'access-denied', true);
    if (principal) setField(core, 'principal', cleanValue(principal[1] ?? ''), P.statement);
    if (action && !/^(?:arn|aws|https?):/i.test(action[1] ?? '')) setField(core, 'action', action[1], P.statement);
    const resource = RESOURCE_LABEL.exec(sentence) ?? (action && /リソースの\s{0,3}$/.test(sentence.slice(0, action.index)) ? RESOURCE_AFTER_ACTION.exec(sentence.slice(action.index + action[0].length)) : null);
    if (resource) setField(core, 'resource', cleanValue(resource[1] ?? ''), P.statement);
    const reason = text.slice(anchorEnd, tailEnd);
    const explicit = EXPLICIT.test(reason);
    const implicit = !explicit && IMPLICIT.test(reason);
    if (explicit || implicit) {
      setField(core, 'denyKind', explicit ? 'explicit' : 'implicit', P.statement);
      setField(core, 'policyType', policyTypeIn(reason) ?? 'unknown', P.statement);
    }
    scan.pieces.push(core);
    previousEnd = tailEnd;
    if (DENIED.lastIndex < tailEnd) DENIED.lastIndex = tailEnd;
  }
}

/** The translated CLI envelope: "ListBuckets オペレーションを呼び出すときにエラー (AccessDenied) が発生しました". */
function scanTranslatedEnvelope(scan: Scan): void {
  const { text } = scan;
  eachWith('エンコード', ENCODED, text, (e) => {
    const w = makeWrapper(e.index, e.index + e[0].length, 'backward', 600, 'access-denied');
    setField(w, 'encoded', true, P.statement);
    scan.pieces.push(w);
  });
  const readers: Array<[RegExp, 'errorCode' | 'operation']> = [];
  if (text.indexOf('エラー') >= 0) readers.push([ERROR_CODE, 'errorCode'], [OPERATION, 'operation']);
  if (text.indexOf('発生') >= 0) readers.push([OCCURRED_CODE, 'errorCode']);
  if (text.indexOf('呼び出し') >= 0) readers.push([CALLED_OPERATION, 'operation']);
  let m: RegExpExecArray | null;
  for (const [re, field] of readers) {
    re.lastIndex = 0;
    while ((m = re.exec(text))) {
      const w = makeWrapper(m.index, m.index + m[0].length, 'forward', 400);
      setField(w, field, m[1], P.envelope);
      scan.pieces.push(w);
    }
  }
}
