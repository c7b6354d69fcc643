// Gate words: cheap checks that let a family skip its regexes on texts that cannot hold what it reads. A gate
// word is a lower-case fragment every match of the guarded regex contains, so skipping never changes a result.
import { PHRASE_GATES } from './credentials-phrases';
import type { Scan } from './types';

/**
 * Lower-case words the families look for before running their regexes. Most are found by one pass of one
 * regex over the text (a separate search per word costs more than the families themselves on a short
 * message). Words that start with a rare character are searched only when a family asks: indexOf jumps
 * between the few places that character stands, cheaper than one more alternative at every position.
 */
export const SCANNED_GATE_WORDS = [
  'authori',
  'because',
  'explicit',
  'denied',
  'permission',
  'action',
  'occurred',
  'calling',
  'operation',
  'api',
  'code',
  'name',
  'failed',
  'unauthorized',
  'forbidden',
  'unrecognizedclient',
  'signature',
  'accesskeyid',
  'authfailure',
  'tooskewed',
  'accessdisabled',
  'encoded',
  'credential',
  'token',
  'logged',
  'key',
  'authentication',
  'expired',
  'large',
  'validate',
  'signed',
  'profile',
  'assum',
  'server',
  'model',
  // Keys of the structured shapes (CloudTrail records, decoded messages, authorization details): found in the
  // same pass, so that the many texts without them cost no search of their own.
  'errorcode',
  // The snake_case rendering of CloudTrail's fields (Steampipe, some SIEMs).
  'error_code',
  'errortype',
  'explicitdeny',
  'matchedstatements',
  'evaluatedeffect',
  'decodedmessage',
  // Billing's account setting ("IAM user access not activated") and Access Troubleshooter IDs.
  'activated',
  'enabled',
  'disabled',
  'authorization id',
  'authorization-details/',
];
const SEARCHED_GATE_WORDS = [
  '拒否',
  '許可',
  '権限',
  '認可',
  'アクション',
  '(client)',
  '__type',
  '"allowed"',
  // A decoded message rendered as YAML (`allowed: false` ⏎ `context:` …; yaml-block.ts).
  'allowed: false',
  '"errorcode"',
  '<',
  'reason',
  // EventBridge Pipes' execution log names the code as `"exceptionType": "AccessDenied"`.
  'exceptiontype',
  // Go v1's `SharedCredsLoad` (a code BARE_CODE_SOURCE names; codes.ts CODE_GATES).
  'creds',
  // Go v1's `EC2RoleRequestError` (as above).
  'rolerequest',
  // Amplify's Pinpoint provider naming the policy to update, Comprehend's data access role without proper access,
  // App Runner's access role (plain-denials.ts).
  'pinpoint',
  'proper',
  'authenticationconfiguration',
  // SSO OIDC's `InvalidGrantException` and S3's `InvalidPayer` (as above).
  'invalidgrant',
  'invalidpayer',
  // Cognito's InvalidIdentityPoolConfigurationException and its message (codes.ts, plain-denials.ts).
  'configuration',
  // Step Functions' task error key (`"error": "ECS.AccessDeniedException"`).
  '"error',
  // Security Lake's OCSF records name the call under `"api"` (ocsf-record.ts).
  '"api"',
  // The console's Switch Role form when the role refused the caller (plain-denials.ts).
  'fields',
  // CloudTrail's failed console sign-in, a record without an errorCode (cloudtrail-event.ts).
  '"consolelogin"',
  // Words of rare phrases that would otherwise join the alternations of every denial (plain-denials.ts), one word each
  // so that a wrap between a phrase's words cannot hide it: ECR's "pull access denied for …dkr.ecr.", Lambda's function
  // URL ("For troubleshooting …") and image refusals, Pacu's "MISSING REQUIRED AWS PERMISSIONS", the EC2 console's "not
  // authorized to describe".
  'dkr.ecr.',
  'troubleshooting',
  'image',
  'required',
  'describe',
  '{',
  '[',
];
// The credentials phrases name their own gate words (credentials-phrases.ts); those not scanned are searched.
export const GATE_WORDS = [
  ...SCANNED_GATE_WORDS,
  ...SEARCHED_GATE_WORDS,
  ...PHRASE_GATES.filter((w) => !SCANNED_GATE_WORDS.includes(w) && !SEARCHED_GATE_WORDS.includes(w)),
];

const GATE_ID = new Map(GATE_WORDS.map((w, i) => [w, i]));
// Longest first, so that a word at a position wins over its own prefix there.
const GATE = new RegExp(
  [...SCANNED_GATE_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);
/** Per scanned word: the ids of the scanned words it contains (itself included). */
const CONTAINED = new Map(SCANNED_GATE_WORDS.map((w) => [w, SCANNED_GATE_WORDS.flatMap((o, i) => (w.includes(o) ? [i] : []))]));

/** A scan of the text with every scanned gate word looked up (one regex pass). */
export function makeScan(text: string): Scan {
  const lower = text.toLowerCase();
  const gates: Array<boolean | undefined> = [];
  // Every position where some word starts is visited (the scan goes on one character after each match), so a
  // word is found wherever it stands, also inside or overlapping another: exactly `lower.includes(word)`.
  GATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GATE.exec(lower))) {
    const contained = CONTAINED.get(m[0])!;
    for (let i = 0; i < contained.length; i++) gates[contained[i]!] = true;
    GATE.lastIndex = m.index + 1;
  }
  return { text, lower, gates, pieces: [] };
}

const SCANNED = SCANNED_GATE_WORDS.length;

/** True when the lower-case text contains the word (one of GATE_WORDS) or any of the further ones. */
export function mentions(scan: Scan, word: string, ...more: string[]): boolean {
  return has(scan, word) || (more.length > 0 && mentionsAny(scan, more));
}

/** True when the lower-case text contains any of the words (each of GATE_WORDS). */
export function mentionsAny(scan: Scan, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (has(scan, words[i]!)) return true;
  return false;
}

function has(scan: Scan, word: string): boolean {
  return hasGate(scan, gateIndex(word));
}

/** The index of a gate word, for callers that look the same words up for every text (see hasGate). */
export function gateIndex(word: string): number {
  const id = GATE_ID.get(word);
  if (id === undefined) throw new Error(`not a gate word: ${word}`);
  return id;
}

/** mentions() for one word given by its gateIndex. */
export function hasGate(scan: Scan, id: number): boolean {
  let present = scan.gates[id];
  if (present === undefined) {
    // Scanned words not marked are absent; the others are searched now.
    present = id < SCANNED ? false : scan.lower.includes(GATE_WORDS[id]!);
    scan.gates[id] = present;
  }
  return present;
}
