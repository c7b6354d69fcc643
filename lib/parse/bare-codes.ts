// Known codes standing in running text rather than in an envelope: on a line of their own (`AccessDenied`), fused by a
// tool that stripped an XML error's tags (`SenderAccessDeniedUser: …`), or told by a writer ("I got an
// AccessDeniedException", "failed with `UnauthorizedOperation`", "AccessDenied になりました"). Alone or told, a code is a
// report; inside a sentence it only lends its code to the message next to it.
import { serviceOfOperation } from '../iam/operations';
import { BARE_CODE_SOURCE, categoryOfCode, codeKind } from './codes';
import { eachAt } from './find';
import { inQuery } from './query';
import { retoldAfterCode } from './retold';
import { indexWithin, lastIndexWithin } from './text';
import { P, makeWrapper, setField, type Scan } from './types';

// An XML error whose tags a tool stripped fuses Type, Code and Message: "SenderAccessDeniedUser: arn:aws:iam::…".
// The messages AWS puts after those codes start with these words ("AuthFailureAWS was not able to validate …",
// "AccessDeniedAccess Denied", "UnauthorizedOperationYou are not authorized …").
const FUSED_MESSAGE = String.raw`The\b|User:|AWS\s|You\s|Access\s?Denied|Request\s|Not\s?authorized\b`;
const FUSED_AFTER = new RegExp(`^(?:${FUSED_MESSAGE})`);
const BARE = new RegExp(`(?:(?<![A-Za-z0-9_.-])|(?<=(?<![A-Za-z])(?:Sender|Receiver)))(${BARE_CODE_SOURCE})(?=$|[^A-Za-z0-9_-]|${FUSED_MESSAGE})`, 'y');

const S3A_PATH_AFTER = /^:?[ \t]{1,3}s3[an]?:\/\//;
const REQUEST_ID_AFTER = /^[ \t]{0,3}\((?:request[_ -]?id|requestId)[ \t]{0,3}[:=]/i;

// R's paws prints the status after the code: "Error: AccessDenied (HTTP 403)."
const HTTP_STATUS_AFTER = /^ \(HTTP 40\d\)/;

/** Prose around a bare code ("an AccessDenied error"): no report of its own, at most the code of a message it quotes. */
const PROSE_AFTER = /^["'‘’”]?\s{0,3}(?:errors?|messages?|responses?|issues?|exceptions?|codes?|problems?)\b/i;
// "I've got an error : an AccessDeniedException", "when a consumer account reports `AccessDenied`", "rejected by S3 with
// InvalidAccessKeyId", "failed later with an opaque AccessDenied", "… `startQuery` throws an `AccessDeniedException` exception" and
// "`cloudtrail:LookupEvents` returned `AccessDeniedException`", "Unexpected `ForbiddenException` when running …" report
// the code; "returns AccessDenied" describes a service. A note's arrow from the call reports one too ("DeleteTable ->
// AccessDeniedException"), as does "was refused with"; "ListSecrets returned AccessDenied" only as a log's line, the
// status or request after the code ("StartBuild returned AccessDeniedException (HTTP 400) — RequestId: …"), not as a
// detection rule's description.
const REPORTED_BEFORE = /(?:\b(?:got|getting|received|receiving|reports|reported|throws?|threw|raises|raised|unexpected|hit|hits|hitting|(?:I|we)\s{1,3}(?:see|saw)|(?:fail(?:s|ed|ing)?|rejected|refused|aborted)(?:\s{1,3}[A-Za-z0-9'-]{1,40}){0,4}?\s{1,3}(?:with|due\s{1,3}to)|returned(?=\s{1,3}an?\s)|errors?\s{1,3}out\s{1,3}with|errored\s{1,3}with)|\b[a-z0-9-]{2,40}:[A-Z][A-Za-z0-9]{1,100}[`'"]?\s{1,3}returned|\b[A-Z][a-z]{1,20}[A-Z][A-Za-z0-9]{1,60}[`'"]?\s{1,3}(?:->|→))\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:(?:opaque|generic|cryptic|unhelpful|plain|bare)\s{1,3})?(?:(?:S3|KMS|IAM|STS|EC2|SQS|SNS)\s{1,3})?(?:error\s{0,3}:?\s{0,3}(?:an?\s{1,3})?)?["'`“‘]?$/i;
const CALL_RETURNED_BEFORE = /\b[A-Z][a-z]{1,20}[A-Z][A-Za-z0-9]{1,60}[`'"]?\s{1,3}returned\s{1,3}["'`]?$/;
const LOGGED_AFTER = /^["'`]?\s{0,3}(?:\(HTTP\s{0,3}\d{3}\)|[(,;:—-]\s{0,3}Request\s?Id\b)/i;
// The words reporting a code stand within 60 characters before it (one place for that window).
const reportedBefore = (text: string, at: number, end = at): boolean => {
  const before = text.slice(Math.max(0, at - 60), at);
  return REPORTED_BEFORE.test(before) || (CALL_RETURNED_BEFORE.test(before) && LOGGED_AFTER.test(text.slice(end, end + 24)));
};

// Words of a local build or file system, where Java's and .NET's classes of the same name come from.
const LOCAL_CONTEXT = /\b(?:Maven|Gradle|Spring|java\.nio|System\.IO|NTFS)\b|\blocal\s{1,3}(?:files?|cache|disk|director(?:y|ies)|folder)\b/i;
const AWS_CONTEXT = /\b(?:AWS|aws|Aws)\b|\bAmazon\b|\b(?:Bedrock|CloudFormation|CloudFront|CloudTrail|CloudWatch|DynamoDB|SageMaker|Cognito|Redshift|Kinesis|Fargate)|amazonaws|arn:aws|\bboto(?:3|core)\b|\b(?:S3|IAM|EC2|STS|KMS|SCP|SQS|SNS|RDS|ECS|EKS|ECR|SSO)\b|\b[a-z][a-z0-9-]{1,30}:[A-Z][A-Za-z]{2,60}\b/;

// An expiry code named by a writer who tells the expiry ("my aws sso session expires … the TUI does surface something
// (raw `ExpiredTokenException` text)"): their credentials' report, whatever words surround the code. So are the SSO
// providers' codes for a session that ran out ("`SSOTokenProviderFailure` When Starting Project" ⏎ "… your SSO session
// … has expired").
const EXPIRY_CODE = /^(?:ExpiredToken(?:Exception)?|SSOTokenProviderFailure|SSOProviderInvalidToken)$/;
const EXPIRY_TOLD = /\b(?:session|token|credentials?)s?\b[^.\n]{0,80}?\b(?:expired?|expires|expiring|timed\s{1,3}out)\b|\b(?:expired|timed-out)\s{1,3}(?:session|token|credentials?)\b/i;

/** The paragraph around a code (at most 400 characters each side) tells its expiry. */
function expiryTold(text: string, start: number, end: number): boolean {
  return EXPIRY_TOLD.test(text.slice(Math.max(0, start - 400), Math.min(text.length, end + 400)));
}

const ON_CALL_AFTER = /^[`'"]?\s{1,3}on\s{1,3}[`'"]?([A-Z][a-z]{1,20}[A-Z][A-Za-z0-9]{1,60})\b/;
const LINE_START_BEFORE = /(?:^|\n)[ \t>*_•·-]{0,6}[`"']?$/;
const WHEN_AFTER = /^[`"']?\s{1,3}errors?\s{1,3}(?:when|while|during|on|after)\s/i;
// …also without the noun: a symptom list's "• AccessDeniedException during invocation", an issue's title "Client.
// UnauthorizedOperation in CloudTrail logs - due to …" (the log that recorded it).
const WHEN_BARE_AFTER = /^[`"']?\s{1,3}(?:(?:when|while|during)\s|in\s{1,3}(?:the\s{1,3})?CloudTrail\b)/;

// …and English ones name it as the call that was refused: "the panel's `transcribe:ListTranscriptionJobs` call was refused
// with `AccessDeniedException`".
const ACTION_CALL_BEFORE = /(?<![\w:-])([a-z][a-z0-9-]{1,40}:[A-Z][A-Za-z0-9]{1,100})[`'"]?\s{1,3}(?:call|request)\s{1,3}(?:was|is|got)\s{1,3}(?:refused|rejected|denied)\s{1,3}with\s{1,3}(?:an?\s{1,3})?["'`“]?$/;
const ACTION_NO_BEFORE = /(?<![\w:-])([a-z][a-z0-9-]{1,40}:[A-Z][A-Za-z0-9]{1,100})\s{0,3}の\s{0,3}[`"'「]?$/;

// …and English ones with a passive after it: "an AccessDeniedException is thrown", "UnauthorizedOperation was returned",
// "AccessDenied occurs even though …".
const REPORTED_PASSIVE = /^[`'"”]?\s{1,3}(?:(?:is|was|gets|got|being)\s{1,3}(?:thrown|raised|returned)|occurs|occurred|happens|happened)\b/;
// …also with the noun between: "an AccessDenied error is thrown".
const PROSE_PASSIVE = /^[`'"”]?\s{1,3}(?:errors?|exceptions?)\s{1,3}(?:is|was|gets|got|being)\s{1,3}(?:thrown|raised|returned)\b/;

// Chinese writers report it with the verb before it: "会提示 AccessDenied", "报错 AccessDeniedException".
// (Russian writers too: "CloudFront получает `AccessDenied` от S3", "ошибка AccessDenied", "возвращает 403 AccessDenied";
// Spanish and Portuguese ones: "en los logs aparece \"ExpiredToken\"", "recibo AccessDenied", "retorna AccessDenied".)
const REPORTED_BEFORE_CJK = /(?:提示|报错|報錯|返回|出现|出現|显示|顯示|遇到|得到|получа(?:ет|ю|ем|ют)|получил[аио]?|ошибк[аиуе]|возвраща(?:ет|ют)|вернул[аио]?|\b(?:aparecen?|apareceu|recib[oe]|recibimos|recebo|recebi|obtengo|devuelve|retorna|retornou))\s{0,3}[:：]?\s{0,3}["'`“「«]?$/;

// Japanese and Korean writers report the code with a verb after it: "AccessDenied になりました", "AccessDeniedException
// が発生", "AccessDenied가 뜨는", "AccessDenied 에러"; Chinese ones with the noun: "AccessDenied错误".
const REPORTED_AFTER = /^["'`”]?\s{0,3}(?:に(?:なり|なる|なった)|が(?:発生|返|出)|で\s{0,3}(?:失敗|落ち|エラー|弾かれ|拒否)|エラー|(?:가|이)\s{0,3}(?:뜨|발생|나)|에러|오류|错误|錯誤)/;

// A postmortem names what the caller lacked beside the code it told: "the task role had no `s3:GetObjectTagging`, and
// … failed with `AccessDenied`", "`ec2:DescribeInstances` never granted … failed with `UnauthorizedOperation`".
const ACTION_TOKEN = String.raw`[\x60*]{0,3}([a-z][a-z0-9-]{1,40}:[A-Z][A-Za-z0-9]{1,100})(?![\w:*-])[\x60*]{0,3}`;
const LACKED = new RegExp(
  String.raw`\b(?:had|has|have)\s{1,3}no\s{1,3}${ACTION_TOKEN}|\b(?:lacked|lacks|lacking|missing|without)\s{1,3}(?:the\s{1,3})?${ACTION_TOKEN}|${ACTION_TOKEN}\s{1,5}(?:was\s{1,3}|were\s{1,3})?(?:never|not)\s{1,3}granted`,
  'g',
);

/** The one action a paragraph says the caller lacked, within 400 characters of a told code; null when none or two. */
function lackedNear(text: string, start: number, end: number): string | null {
  let from = Math.max(0, start - 400);
  let to = Math.min(text.length, end + 400);
  // (Bounded looks: many codes on one long paragraph cost no scan of the whole text each.)
  const blankBefore = lastIndexWithin(text, '\n\n', start, 400);
  if (blankBefore >= from) from = blankBefore;
  const blankAfter = indexWithin(text, '\n\n', end, 400);
  if (blankAfter >= 0 && blankAfter < to) to = blankAfter;
  const found = new Set<string>();
  for (const m of text.slice(from, to).matchAll(LACKED)) {
    found.add(m[1] ?? m[2] ?? m[3] ?? '');
    if (found.size > 1) return null;
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** Reads the known codes at `codeNames` (the positions where one may start). */
export function scanBareCodes(scan: Scan, codeNames: number[]): void {
  const { text } = scan;
  // Each looked up once per text, on demand. A Japanese or Korean report names the code alone: it is AWS's only where
  // the text speaks of AWS; a code told in English is AWS's unless the text is about a local build or disk and not AWS.
  let speaksAws: boolean | undefined;
  const aws = (): boolean => (speaksAws ??= AWS_CONTEXT.test(text));
  let notLocal: boolean | undefined;
  const awsContext = (): boolean => (notLocal ??= aws() || !LOCAL_CONTEXT.test(text));
  eachAt(BARE, text, codeNames, (m) => {
    const end = m.index + m[0].length;
    if (inQuery(text, m.index, end)) return;
    const code = m[1] ?? '';
    // S3A's class written without its package before the path it failed on (`AccessDeniedException s3a://warehouse/…`)
    // is Java's, not S3's code.
    if (code === 'AccessDeniedException' && S3A_PATH_AFTER.test(text.slice(end, end + 12))) return;
    // Prose naming the code ("the InvalidAccessKeyId error") quotes no report of its own, but the message it
    // quotes is that error's: the code is lent, below any the message prints.
    if (PROSE_AFTER.test(text.slice(end, end + 20))) {
      // …unless the writer reports getting it ("API calls are getting AccessDenied errors"): then it is their report.
      // So is a line that starts with the code and says when it came ("UnauthorizedOperation error when applying the plan").
      const told =
        (reportedBefore(text, m.index, end) || PROSE_PASSIVE.test(text.slice(end, end + 30)) || (LINE_START_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) && WHEN_AFTER.test(text.slice(end, end + 24)))) &&
        awsContext();
      const named = makeWrapper(m.index, end, 'around', 300, told ? categoryOfCode(code) : null);
      setField(named, 'errorCode', code, P.hint - 10);
      scan.pieces.push(named);
      return;
    }
    // Standing on its own (a line, after its status on one, a parenthesis or a Japanese text's full-width one or
    // quote brackets, after "Error:") a code is a report; in a sentence it only lends its code to the message next
    // to it. An API reference's error list ("AccessDeniedException" ⏎ "You do not have sufficient access…" ⏎ "HTTP
    // Status Code: 403") is documentation.
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(end, end + 3);
    // "Error: AccessDenied. Couldn't create a service-linked role …" (App Runner), "Error [ValidationError]:
    // AccessDenied. User doesn't have permission …" (CDK): a sentence after the labelled code. A client's class with the
    // status between ("S3Error 403 RequestTimeTooSkewed", libs3) labels it too; so does a quoted code ending a list's
    // element (`"Write failed: AccessDeniedException",`).
    const alone =
      /(?:^|\n|[:：(>（「]\s{0,3}|Error:?\s{1,3}(?:40[13][ \t]{1,3})?|(?:^|\n)40[13][ \t]{1,3})["'`“]?$/.test(before) &&
      (/^["'`”]{0,2}(?:,?(?:$|\n)|\s*[)）」]|\s*$)/.test(after) ||
        // …or fused with its message (tags stripped): the line is the error.
        FUSED_AFTER.test(text.slice(end, end + 20)) ||
        // …or with the request's id after it (Kiro: "AccessDeniedException (request_id: dc83…)").
        REQUEST_ID_AFTER.test(text.slice(end, end + 20)) ||
        (/(?:Error|\]):?\s{1,3}$/.test(before) && /^\.(?:\s|$)/.test(after)) ||
        // R's paws, a vendor's wrapper: "Error: AccessDenied (HTTP 403).", "Bedrock request failed: AccessDenied (HTTP 403)."
        (/(?:Error|\]|failed):?\s{1,3}$/.test(before) && HTTP_STATUS_AFTER.test(text.slice(end, end + 16)))) &&
      !/HTTP\s{1,3}Status\s{1,3}Code:/i.test(text.slice(end, end + 300)) &&
      // (After a full-width colon, "错误信息：SignatureDoesNotMatch", only where the text speaks of AWS: Chinese clouds'
      // tools print S3's codes so too.)
      (!/：\s{0,3}["'`“]?$/.test(before) || aws());
    // (An AuthFailure reported so says nothing yet of whether it is a denial or the credentials: its message will.)
    // A code told in prose about a local build or disk is that platform's, unless the text speaks of AWS too (Java's
    // own AccessDeniedException: "access to the local Maven cache had failed with `AccessDeniedException`").
    // A writer naming the refused call after the code ("verified: `AccessDenied` on `ListObjectsV2` from another account"):
    // a call AWS knows by that name says whose code it is.
    const onCall = alone ? null : ON_CALL_AFTER.exec(text.slice(end, end + 80));
    const knownCall = onCall && serviceOfOperation(onCall[1]!, code) !== null ? onCall[1]! : null;
    const reported =
      !alone &&
      (reportedBefore(text, m.index, end) || knownCall !== null || REPORTED_PASSIVE.test(text.slice(end, end + 24)) || (LINE_START_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) && WHEN_BARE_AFTER.test(text.slice(end, end + 20))) || (EXPIRY_CODE.test(code) && aws() && expiryTold(text, m.index, end)) || ((REPORTED_AFTER.test(text.slice(end, end + 12)) || REPORTED_BEFORE_CJK.test(text.slice(Math.max(0, m.index - 14), m.index))) && (codeKind(code) === 'auth' || (codeKind(code) === 'credentials' && code !== 'AuthFailure')) && aws())) &&
      awsContext();
    const act = alone ? null : retoldAfterCode(text, end);
    const wrapper = makeWrapper(m.index, act ? act.end : end, 'around', 300, alone || reported || act ? categoryOfCode(code) : null);
    setField(wrapper, 'errorCode', code, P.bare);
    if (act) setField(wrapper, 'action', act.action, P.hint);
    if (knownCall && reported) setField(wrapper, 'operation', knownCall, P.hint);
    // Japanese names the call's action before the code: "iam:GetPolicy の AccessDenied で失敗".
    else if (reported) {
      const before120 = text.slice(Math.max(0, m.index - 120), m.index);
      setField(wrapper, 'action', ACTION_NO_BEFORE.exec(before120)?.[1] ?? ACTION_CALL_BEFORE.exec(before120)?.[1] ?? lackedNear(text, m.index, end), P.hint);
    }
    if (act?.resource) setField(wrapper, 'resource', act.resource, P.hint);
    scan.pieces.push(wrapper);
  });
}
