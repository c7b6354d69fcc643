// Who an API sentence names as its caller when no "User:" label does: a name starting its line ("Datadog is not
// authorized …"), or a field list's caller line above a message that names none.
import { lastIndexWithin } from './text';

export interface Principal {
  value: string;
  start: number;
}

// A product naming itself at the start of a line ("Datadog is not authorized to perform action sts:AssumeRole"): the
// caller as the product calls it. Pronouns, the generic nouns of prose and AWS's own product names are no name.
// A capitalised name, a lower camel case one (`addToQueueLambdaFunction`), a hyphenated one (`serverless-deploy`), a
// snake case one (`airflow_my_task`, a placeholder's `IAM_USER_ARN`) or a role and session printed without the ARN
// before them (`DeployRole/XXXX`, `<role>/AWSCodeBuild`): a plain lower-case word is prose.
const BARE_NAME =
  /(?<![\w/-])([A-Z][A-Za-z0-9-]{1,40}(?: [A-Z][a-z]{1,20})?|[a-z][a-z0-9]{0,30}[A-Z][A-Za-z0-9-]{1,40}|[a-z][a-z0-9]{0,30}(?:-[A-Za-z0-9]{1,30}){1,6}|[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,6}|[A-Z][A-Z0-9]{0,30}(?:_[A-Z0-9]{1,30}){1,6}|(?:[A-Za-z][\w+=,.@-]{1,64}|<[A-Za-z][\w-]{0,30}>)\/[\w+=,.@-]{1,64})[ \t]{1,5}$/;
const NOT_A_NAME = /^(?:This|That|It|You|We|They|He|She|User|Role|Caller|Principal|Request|Account|Identity|Service|Which|Who|Someone|Somebody|Everyone|Nobody|Error|Exception|Message|Client|Application|App|Function|Instance|Task|Pod|Code|Script|Resource)$/;

// A chat's retelling introduces the message by name: "I got this error CognitoIdentityCredentials is not authorized …".
const ERROR_HEAD = /\b(?:this|the|following)[ \t]{1,3}error(?:[ \t]{1,3}message)?[ \t]{0,3}:?[ \t]{1,3}$/i;
// A log line saying what failed first ("Notify for alerts failed, AMP is not authorized …": Managed Prometheus).
const FAILED_HEAD = /\bfailed[,:][ \t]{1,3}$/;
// A refusal giving its cause ("Model access is denied due to example-IAM-ARN is not authorized …", Bedrock; "… query
// editor because DCEPrincipal is not authorized …").
const CAUSE_HEAD = /\b(?:due[ \t]{1,3}to|because)[ \t]{1,3}$/;
// A log's or a commit message's label before the message ("to fix Error: kiam-kiam is not authorized …").
const ERROR_LABEL_HEAD = /\b(?:Error|Text|Message|Reason|Details?):[ \t]{1,3}$/;
const CODE_HEAD = /(?:^[ \t]{0,8}(?:[A-Za-z][\w.]{0,80}[ \t]{1,3})?|["'`])(?:AccessDenied(?:Exception)?|UnauthorizedOperation):[ \t]{1,3}$/;

// A lowercase word is prose ("it is not authorized") unless a quote opens right before it: `mirisa is not authorized …`.
const QUOTED_LOWER_NAME = /(?<=(?:^|[\s:(])[`"“])([a-z][a-z0-9.]{1,40})[ \t]{1,5}$/;

export function bareNameBefore(text: string, end: number, floor: number): Principal | null {
  const from = Math.max(floor, end - 60);
  const m = BARE_NAME.exec(text.slice(from, end)) ?? QUOTED_LOWER_NAME.exec(text.slice(from, end));
  if (!m || NOT_A_NAME.test(m[1]!) || NOT_A_NAME.test(m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1))) return null;
  const start = from + m.index;
  // Only what starts its line or a quote that opens on it (`Seeing this: \`fnName is not authorized …\``): inside a
  // sentence or a record's string the word is prose.
  // (A bounded look back: every head below is tested at its end or is far shorter than 400 characters, so a longer line
  // reads the same from there — and a long line of many sentences costs no scan to its start for each.)
  const nl = lastIndexWithin(text, '\n', start, 400);
  const lineStart = nl >= 0 ? nl + 1 : Math.max(0, start - 400);
  const opensQuote = /(?:^|[\s:(])[`"“]$/.test(text.slice(Math.max(lineStart, start - 2), start));
  // A list's bullet before it (`- fnName is not authorized …`) still starts the line, and so does the code of the
  // message (`AccessDeniedException: peeks-cluster-mgmt is not authorized …`), a retelling's "this error" or a log's
  // "… failed,".
  const head = text.slice(lineStart, start);
  if (start < floor || (!/^[ \t]{0,8}(?:[-*•][ \t]{1,3})?$/.test(head) && !CODE_HEAD.test(head) && !ERROR_HEAD.test(head) && !FAILED_HEAD.test(head) && !CAUSE_HEAD.test(head) && !ERROR_LABEL_HEAD.test(head) && !opensQuote)) return null;
  return { value: m[1]!, start };
}

// A field list naming the caller on a line of its own above a message that does not ("User: arn:aws:iam::…:user/x" ⏎
// "Error Code: AccessDenied" ⏎ "Error Message: User is not authorized to perform: …"): at most three lines up.
const CALLER_LINE_ABOVE =
  /(?:^|\n)[ \t]{0,8}(?:User|Principal|Caller)[ \t]{0,3}:[ \t]{0,3}((?:arn:)?aws[\w-]{0,20}:(?:iam|sts)::[^\s"'`,;]{1,1024})[ \t]*\n(?:[^\n]{0,300}\n){0,3}[^\n]{0,300}$/;

export function callerLineAbove(text: string, end: number, floor: number): Principal | null {
  if (!/(?:^|[\s:])User\s{1,5}$/.test(text.slice(Math.max(floor, end - 12), end))) return null;
  const from = Math.max(floor, end - 1600);
  const m = CALLER_LINE_ABOVE.exec(text.slice(from, end));
  return m ? { value: m[1]!, start: from + m.index + m[0].indexOf(m[1]!) } : null;
}
