// Gate words: cheap checks that let a family skip its regexes on texts that cannot hold what it reads. A gate
// word is a lower-case fragment every match of the guarded regex contains, so skipping never changes a result.
import { PHRASE_GATES } from './credentials-phrases';
import type { Scan } from './types';

/**
 * Lower-case words the families look for before running their regexes, all found by one pass over the text
 * (makeScan), so that one more word costs almost nothing: the words of the families' sentences first, then
 * (SEARCHED_GATE_WORDS) keys of structured shapes and words of rare phrases.
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
  // …and its `SharedConfigLoadError` (as above).
  'sharedconfig',
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
  // S3's refused POST policy ("Invalid according to Policy: …").
  'according',
  '{',
  '[',
];
// The credentials phrases name their own gate words (credentials-phrases.ts).
export const GATE_WORDS = [
  ...SCANNED_GATE_WORDS,
  ...SEARCHED_GATE_WORDS,
  ...PHRASE_GATES.filter((w) => !SCANNED_GATE_WORDS.includes(w) && !SEARCHED_GATE_WORDS.includes(w)),
];

const GATE_ID = new Map(GATE_WORDS.map((w, i) => [w, i]));

// The words by their first two characters (one-character words alone): at each position of the text only the few
// words starting with the two characters there are compared. ASCII pairs index an array, other pairs a map.
const SINGLE = new Int16Array(128).fill(-1);
const ASCII_PAIR = new Int32Array(128 * 128).fill(-1);
const OTHER_PAIR = new Map<number, Int16Array>();
/** The word lists of ASCII_PAIR, one after another, each ended by -1. */
const PAIR_WORDS: Int16Array = (() => {
  const lists = new Map<number, number[]>();
  GATE_WORDS.forEach((w, id) => {
    if (w.length === 1) SINGLE[w.charCodeAt(0)] = id;
    else {
      const key = w.charCodeAt(0) * 65536 + w.charCodeAt(1);
      lists.set(key, [...(lists.get(key) ?? []), id]);
    }
  });
  const flat: number[] = [];
  for (const [key, ids] of lists) {
    const c0 = Math.floor(key / 65536);
    const c1 = key % 65536;
    if (c0 < 128 && c1 < 128) {
      ASCII_PAIR[(c0 << 7) | c1] = flat.length;
      flat.push(...ids, -1);
    } else OTHER_PAIR.set(key, Int16Array.from(ids));
  }
  return Int16Array.from(flat);
})();

/**
 * A scan of the text with every gate word looked up in one pass: exactly `lower.includes(word)` for each, at the cost
 * of about two regex passes (a search per word cost more than the families themselves on a short message).
 */
export function makeScan(text: string): Scan {
  const lower = text.toLowerCase();
  const gates = new Uint8Array(GATE_WORDS.length);
  const n = lower.length;
  let c1 = n > 0 ? lower.charCodeAt(0) : 0;
  for (let i = 0; i < n; i++) {
    const c0 = c1;
    c1 = i + 1 < n ? lower.charCodeAt(i + 1) : 0;
    if (c0 < 128) {
      const one = SINGLE[c0]!;
      if (one >= 0) gates[one] = 1;
      if (c1 < 128) {
        let j = ASCII_PAIR[(c0 << 7) | c1]!;
        if (j >= 0) for (let id = PAIR_WORDS[j]!; id >= 0; id = PAIR_WORDS[++j]!) if (gates[id] === 0 && lower.startsWith(GATE_WORDS[id]!, i)) gates[id] = 1;
        continue;
      }
    }
    const ids = OTHER_PAIR.get(c0 * 65536 + c1);
    if (ids) for (let x = 0; x < ids.length; x++) if (gates[ids[x]!] === 0 && lower.startsWith(GATE_WORDS[ids[x]!]!, i)) gates[ids[x]!] = 1;
  }
  return { text, lower, gates, pieces: [] };
}

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
  return scan.gates[id] === 1;
}
