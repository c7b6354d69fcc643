// Console-only wording, turned into what the parser reads. The parser knows the messages AWS APIs return; the console
// adds its own UI around them: a labelled "copy this to your administrator" block (User: / Action: / On resource(s):
// / Context:, translated field by field in the Japanese console), empty states that only name the missing action
// ("You don't have permissions to list buckets … allow the s3:ListAllMyBuckets action"), and status reasons that
// prefix the API call ("API: ec2:CreateSecurityGroup You are not authorized …"). Everything here reads values from
// the text; nothing is guessed from the page around it.
import type { DenyKind, Finding, PolicyType } from '../model';
import { unknownDenial } from '../finding';

/** `service:Action` as IAM prints it (the service prefix is lower case, the action starts with a capital). */
const ACTION = String.raw`[a-z][a-z0-9-]{1,40}:[A-Z][A-Za-z0-9]{1,100}`;
const ACTION_RE = new RegExp(String.raw`(?<![\w:/-])(${ACTION})(?![\w:-])`, 'g');

// Field labels of the diagnostic block, English and Japanese, at the start of a line.
const LABELS: ReadonlyArray<[RegExp, 'user' | 'action' | 'resource' | 'context' | 'service']> = [
  [/^(?:User|Principal|ユーザー|プリンシパル)\s*[:：]\s*(.*)$/, 'user'],
  [/^(?:Action|アクション)\s*[:：]\s*(.*)$/, 'action'],
  [/^(?:On resource\(s\)|On resource|Resources?|リソース(?:\s*[(（][^)）]*[)）])?)\s*[:：]\s*(.*)$/, 'resource'],
  [/^(?:Context|コンテキスト)\s*[:：]\s*(.*)$/, 'context'],
  [/^(?:Service|サービス)\s*[:：]\s*(.*)$/, 'service'],
];

interface Block {
  user: string | null;
  action: string | null;
  resource: string | null;
  context: string | null;
}

/** The labelled diagnostic block, when the text has one (at least the Action line and a User or Context line). */
export function readDiagnosticBlock(text: string): Block | null {
  const block: Block = { user: null, action: null, resource: null, context: null };
  for (const line of text.split('\n')) {
    for (const [pattern, field] of LABELS) {
      const match = pattern.exec(line);
      const value = match?.[1]?.trim();
      if (!value) continue;
      if (field !== 'service' && block[field] === null) block[field] = value;
      break;
    }
  }
  if (!block.action || !new RegExp(`^${ACTION}$`).test(block.action)) return null;
  if (!block.user && !block.context) return null;
  return block;
}

/** English phrase the parser reads for each policy layer (as in the IAM User Guide's messages). */
const LAYER_PHRASE: Record<Exclude<PolicyType, 'unknown'>, string> = {
  identity: 'identity-based policy',
  scp: 'service control policy',
  rcp: 'resource control policy',
  boundary: 'permissions boundary',
  session: 'session policy',
  resource: 'resource-based policy',
  vpce: 'VPC endpoint policy',
  trust: 'role trust policy',
};

// Layer names as the console's Context line says them, English first, then the Japanese console's translations.
const LAYER_WORDS: ReadonlyArray<[RegExp, Exclude<PolicyType, 'unknown'>]> = [
  [/identity-based|アイデンティティベース|ID ?ベース/i, 'identity'],
  [/service control|\bSCP\b|サービスコントロール/i, 'scp'],
  [/resource control|\bRCP\b|リソースコントロール/i, 'rcp'],
  [/permissions? boundary|アクセス許可の境界|アクセス許可境界|許可の境界/i, 'boundary'],
  [/session|セッション/i, 'session'],
  [/resource-based|リソースベース/i, 'resource'],
  [/VPC endpoint|VPC ?エンドポイント/i, 'vpce'],
  [/trust|信頼/i, 'trust'],
];

/** Policy layer and deny kind named by a Context line; null when it names neither. */
export function readContext(context: string): { policyType: PolicyType; denyKind: DenyKind } | null {
  const explicit = /explicit(?:ly)?\s+den|明示的に拒否|明示的な拒否/i.test(context);
  const implicit = /\bno\b.*\ballows?\b|許可する.*(?:ありません|ない)|許可していません/i.test(context);
  if (!explicit && !implicit) return null;
  let policyType: PolicyType = 'unknown';
  for (const [pattern, type] of LAYER_WORDS) {
    if (pattern.test(context)) {
      policyType = type;
      break;
    }
  }
  return { policyType, denyKind: explicit ? 'explicit' : 'implicit' };
}

/** The IAM sentence that says what the diagnostic block says, for the parser (which knows ARNs and layers). */
export function blockSentence(block: Block): string | null {
  if (!block.user || !block.action) return null;
  const resource = block.resource ? ` on resource: ${block.resource}` : '';
  let because = '';
  const context = block.context ? readContext(block.context) : null;
  if (context && context.policyType !== 'unknown') {
    const phrase = LAYER_PHRASE[context.policyType];
    because =
      context.denyKind === 'explicit'
        ? ` with an explicit deny in a ${phrase}`
        : ` because no ${phrase} allows the ${block.action} action`;
  } else if (context?.denyKind === 'explicit') {
    because = ' with an explicit deny';
  }
  return `User: ${block.user} is not authorized to perform: ${block.action}${resource}${because}`;
}

// Console sentences that say "you lack permission" without the API's words, in English and Japanese.
const NO_PERMISSION =
  /(?:do not|don[’'`]?t|doesn[’'`]?t|does not) have (?:the )?(?:required |necessary )?permissions?|insufficient permissions?|need (?:the )?(?:required )?permissions? to|not authori[sz]ed|access denied|アクセス許可がありません|権限がありません|アクセスが拒否|アクセス拒否/i;

/** Distinct `service:Action` tokens of a text, in order of appearance. */
export function actionsIn(text: string): string[] {
  const seen = new Map<string, string>();
  for (const match of text.matchAll(ACTION_RE)) {
    const action = match[1];
    if (action && !seen.has(action.toLowerCase())) seen.set(action.toLowerCase(), action);
  }
  return [...seen.values()];
}

/**
 * A console message that says the user lacks permission and names exactly one action, with nothing else the parser
 * could read (S3's "You don't have permissions to list buckets" empty state, Billing's "You don't have permission
 * to perform billing:GetBillingDetails"). Null when the text is not such a message or names several actions.
 */
export function actionOnlyFinding(text: string, message: string): Finding | null {
  if (!NO_PERMISSION.test(text)) return null;
  const actions = actionsIn(text);
  if (actions.length !== 1 || !actions[0]) return null;
  return unknownDenial({ action: actions[0], message });
}

/** The action a status reason names in its "API: service:Action" prefix, when it names exactly one. */
export function apiPrefixAction(text: string): string | null {
  const found = new Set<string>();
  for (const match of text.matchAll(new RegExp(String.raw`\bAPI:\s*(${ACTION})(?![\w:-])`, 'g'))) {
    if (match[1]) found.add(match[1]);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
