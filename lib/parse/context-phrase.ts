// The context phrase that says which policy layer denied: "because no <type> policy allows the <action>
// action" (implicit) and "with an explicit deny in a <type> policy[: <policy ARN>]" (explicit; the 2026 suffix
// names the denying policy). It ends the API sentence, and also stands alone in pasted excerpts.
import type { DenyKind, PolicyType } from '../model';
import { gatedAlternation } from './gated';
import { mentions } from './gate';
import { P, makeCore, setField, type Piece, type Scan } from './types';
import { THREE_PART_ACTION, actionAt, inCodeLiteral, listElementLiteral, skipSpace } from './text';

export interface ContextPhrase {
  start: number;
  end: number;
  policyType: PolicyType;
  denyKind: DenyKind;
  policyArn: string | null;
  /** The action the phrase names ("allows the s3:GetObject action"), when it does. */
  action: string | null;
}

const TYPE_WORDS: Array<[string, PolicyType]> = [
  ['identity[ -]based|アイデンティティベース|ID ?ベース|IDベース', 'identity'],
  // VPC Lattice calls a service's auth policy "service-based": the resource's own policy.
  ['resource[ -]based|service[ -]based|リソースベース', 'resource'],
  ['service[ -]control|\\bSCP\\b|サービスコントロール', 'scp'],
  ['resource[ -]control|\\bRCP\\b|リソースコントロール', 'rcp'],
  ['permissions?[ -]boundar|アクセス許可の境界|アクセス許可境界|許可の境界|権限の境界|アクセス許可の範囲', 'boundary'],
  ['\\bsessions?[ -]polic|\\bsessions?\\b|セッションポリシー|セッション ポリシー', 'session'],
  ['VPC[ -]endpoint|VPC ?エンドポイント', 'vpce'],
  ['\\btrust\\b|信頼ポリシー|信頼関係', 'trust'],
];
// One group per type, in the order above: the leftmost match is the first type word, and where two types
// match at the same place the earlier one wins.
const TYPE_WORD = new RegExp(TYPE_WORDS.map(([source]) => `(${source})`).join('|'), 'i');

/** The policy type a short phrase names, by the first type word in it; null when it names none. */
export function policyTypeIn(phrase: string): PolicyType | null {
  const m = TYPE_WORD.exec(phrase);
  if (!m) return null;
  for (let i = 0; i < TYPE_WORDS.length; i++) if (m[i + 1] !== undefined) return TYPE_WORDS[i]![1];
  return null;
}

// Real messages lose the space after "no" ("because noresource-based policy allows").
const IMPLICIT = /because\s{1,20}no(?:\s{1,20}|(?=(?:identity|resource)-based\s))([A-Za-z][A-Za-z \n-]{0,60}?)\s{1,20}(?:polic(?:y|ies)\s{1,20})?allows?\b/iy;
// The console's Context line quoted on its own ("Access denied to iam:ListUsers … no identity-based policy allows the
// action"): the same statement without "because" ("no permissions boundary allows" has no word "policy" either).
const CONSOLE_IMPLICIT =
  /no\s{1,20}([A-Za-z][A-Za-z \n-]{0,60}?\s{1,20}polic(?:y|ies)|permissions?[ -]boundar(?:y|ies))\s{1,20}allows?(?=\s{1,20}the\s{1,20}(?:action\b|[a-z0-9-]{2,40}:[A-Za-z*][A-Za-z0-9*]{1,127}\s{1,20}action\b))/iy;
// A paste cut right after the policy's name ("… because no resource-based policy`"): the layer is said.
const CUT_IMPLICIT = /because\s{1,20}no\s{1,20}([A-Za-z][A-Za-z -]{0,60}?)\s{1,20}polic(?:y|ies)(?=[ \t]{0,3}(?:[`"'”]|$))/iy;
// "with an explicit deny or missing permission" (a writer hedging between the two) says neither.
const EXPLICIT = /with\s{1,20}an?\s{1,20}explicit\s{1,20}deny\b(?!\s{1,3}or\s)/iy;
const ELIDED_EXPLICIT = /explicit\s{1,20}deny\b(?=\s{1,20}in\s)/iy;
const EXPLICIT_IN = /\s{1,20}in\s{1,20}(?:an?|the)\s{1,20}/iy;
const THE_ACTION = /\s{1,20}(?:the\s{1,20})?/y;
const ACTION_WORD = /\s{1,20}action\b/iy;
const ARN_TOKEN = /arn:[^\s"'`<>)\]]{1,2048}/y;
// What a phrase quoted alone comes after: an ellipsis, a quote, a slash, the line's start, a writer's "[...]", a colon.
const ALONE_LEAD = String.raw`(?:\.{3}|…|["'\x60“/:\]]|^|\n)`;
const ALONE_AFTER = new RegExp(`${ALONE_LEAD}[ \t]{0,3}$`);
const BEFORE_PHRASE = /[\s.…"'`)\][(]{0,40}/y;

// KMS's own phrase when a key policy (or a missing key) refused: it names the resource-based layer without saying
// whether it allowed nothing or denied (also when a writer cut it after its second clause).
const KMS_RESOURCE =
  /because\s{1,20}the\s{1,20}resource\s{1,20}does\s{1,20}not\s{1,20}exist\s{1,20}in\s{1,20}this\s{1,20}Region,\s{1,20}no\s{1,20}resource-based\s{1,20}policies\s{1,20}allow\s{1,20}access(?:,\s{1,20}or\s{1,20}a\s{1,20}resource-based\s{1,20}policy\s{1,20}explicitly\s{1,20}denies\s{1,20}access)?/iy;

/** Reads a context phrase that starts exactly at pos. */
export function contextAt(text: string, pos: number): ContextPhrase | null {
  KMS_RESOURCE.lastIndex = pos;
  const kms = KMS_RESOURCE.exec(text);
  if (kms) return { start: pos, end: pos + kms[0].length, policyType: 'resource', denyKind: 'unknown', policyArn: null, action: null };
  IMPLICIT.lastIndex = pos;
  let imp = IMPLICIT.exec(text);
  if (!imp) {
    CONSOLE_IMPLICIT.lastIndex = pos;
    imp = CONSOLE_IMPLICIT.exec(text);
  }
  if (!imp) {
    CUT_IMPLICIT.lastIndex = pos;
    imp = CUT_IMPLICIT.exec(text);
  }
  if (imp) {
    let end = pos + imp[0].length;
    let action: string | null = null;
    THE_ACTION.lastIndex = end;
    const gap = THE_ACTION.exec(text);
    const act = gap ? actionAt(text, end + gap[0].length) : null;
    // Another cloud's copy of the phrase names a three-part action (Huawei's `ecs:cloudServers:get`): not AWS's.
    const from = gap ? end + gap[0].length : end;
    if (act ? act.action.split(':').length > 2 || text.charAt(act.end) === ':' : THREE_PART_ACTION.test(text.slice(from, from + 200))) return null;
    if (act) {
      action = act.action;
      end = act.end;
      ACTION_WORD.lastIndex = end;
      const word = ACTION_WORD.exec(text);
      if (word) end += word[0].length;
    }
    // A line break inside the type words is a wrap ("V\nPC endpoint"): read them joined.
    const words = imp[1] ?? '';
    const type = words.indexOf('\n') < 0 ? policyTypeIn(words) : (policyTypeIn(words.replace(/\n/g, '')) ?? policyTypeIn(words.replace(/\n/g, ' ')));
    return { start: pos, end, policyType: type ?? 'unknown', denyKind: 'implicit', policyArn: null, action };
  }
  EXPLICIT.lastIndex = pos;
  let exp = EXPLICIT.exec(text);
  // A quote cut to the phrase ("… explicit deny in a service control policy …", or quoted alone, after an elision's
  // "[...]" or a cut message's colon) left its "with an" out.
  if (!exp && (pos === 0 || ALONE_AFTER.test(text.slice(Math.max(0, pos - 6), pos)))) {
    ELIDED_EXPLICIT.lastIndex = pos;
    exp = ELIDED_EXPLICIT.exec(text);
  }
  if (!exp) return null;
  let end = pos + exp[0].length;
  let policyType: PolicyType = 'unknown';
  let policyArn: string | null = null;
  EXPLICIT_IN.lastIndex = end;
  const inA = EXPLICIT_IN.exec(text);
  if (inA) {
    const from = end + inA[0].length;
    // The type words, possibly broken over two lines ("in a service⏎control policy").
    const tail = /^[^:.,;()"'`<]{1,100}/.exec(text.slice(from, from + 100));
    const words = tail ? /^[A-Za-z -]{1,60}?(?:\n[A-Za-z \t-]{1,40}?)?(?=\s*(?:polic(?:y|ies)\b|:|$|\n|\s(?:transitively|through|and|or)\b))/i.exec(tail[0]) : null;
    // (A poster's wrap indents the next line: "in a service⏎  control policy".)
    const type = words ? policyTypeIn(words[0].replace(/\s+/g, ' ')) : tail ? policyTypeIn(tail[0].split('\n')[0] ?? '') : null;
    if (type) {
      policyType = type;
      end = from + (words ? words[0].length : (tail![0].split('\n')[0] ?? '').replace(/\s+$/, '').length);
      const policyWord = /^\s{1,5}polic(?:y|ies)\b/i.exec(text.slice(end, end + 20));
      if (policyWord) end += policyWord[0].length;
      // The 2026 suffix: ": arn:aws:…:policy/…" (the ARN may sit on the next line of a wrapped paste).
      if (text.charAt(end) === ':') {
        const at = skipSpace(text, end + 1, 20);
        ARN_TOKEN.lastIndex = at;
        const arn = ARN_TOKEN.exec(text);
        if (arn) {
          policyArn = arn[0].replace(/\.+$/, '');
          end = at + arn[0].length;
        }
      }
    }
  }
  return { start: pos, end, policyType, denyKind: 'explicit', policyArn, action: null };
}

/** Reads a context phrase that begins within a few characters (spaces, `...`, a closing quote) of pos. */
export function contextNear(text: string, pos: number): ContextPhrase | null {
  BEFORE_PHRASE.lastIndex = pos;
  const gap = BEFORE_PHRASE.exec(text);
  const at = pos + (gap ? gap[0].length : 0);
  const c = text.charAt(at).toLowerCase();
  if (c !== 'b' && c !== 'w') return null;
  return contextAt(text, at);
}

/**
 * The console's "Context:" line ("no identity-based policy allows the action", "a service control policy
 * explicitly denies the action", and the Japanese console's wording).
 */
export function consoleContext(value: string): { policyType: PolicyType; denyKind: DenyKind } {
  const policyType = policyTypeIn(value) ?? 'unknown';
  let denyKind: DenyKind = 'unknown';
  // English and the Japanese console's wordings ("アクションを許可するセッションポリシーがありません",
  // "ID ベースのポリシーでアクションが許可されていません", "…によってアクションが明示的に拒否されています").
  if (/explicit|明示的/i.test(value)) denyKind = 'explicit';
  else if (/\bno\b|\bnot\b|\bnone\b|ありません|許可する|許可され(?:て|ませ)|許可して(?:い|お)|許可がない|ないため/i.test(value)) denyKind = 'implicit';
  return { policyType, denyKind };
}

const STANDALONE = gatedAlternation(
  [
    { source: String.raw`because\s{1,20}no(?:\s|(?:identity|resource)-based\s)`, needs: ['because'] },
    { source: String.raw`with\s{1,20}an?\s{1,20}explicit\s{1,20}deny`, needs: ['explicit'] },
    // The phrase quoted alone (`explicit deny in a service control policy`, "…/AccessDenied/explicit deny in …"), also
    // after a writer's elision (`ec2:RunInstances [...] explicit deny in …`) or a cut message's colon ("… operation:
    // explicit deny in a session policy").
    { source: String.raw`(?<=${ALONE_LEAD}[ \t]{0,3})explicit\s{1,20}deny\s{1,20}in\s`, needs: ['explicit'] },
    {
      source: String.raw`(?<![\w-]\s{0,3})no\s{1,20}(?:[A-Za-z][A-Za-z -]{0,60}?\s{1,20}polic(?:y|ies)|permissions?[ -]boundar(?:y|ies))\s{1,20}allows?\s{1,20}the\s{1,20}(?:action\b|[a-z0-9-]{2,40}:[A-Za-z*][A-Za-z0-9*]{1,127}\s{1,20}action\b)`,
      needs: ['action'],
    },
  ],
  (kept) => new RegExp(kept.map((a) => a.source).join('|'), 'gi'),
);

// A title naming the action that failed with the phrase ("iam:CreateRole fails with an explicit deny"), or a quote of
// the message with its middle elided on its line ("ec2:RunInstances [...] explicit deny in a service control policy").
const ACTION_FAILS_BEFORE = /(?<![\w:-])[`'"]?([a-z][a-z0-9-]{1,40}:[A-Z][A-Za-z0-9]{1,100})[`'"]?(?:\s{1,3}(?:fails|failed|is\s{1,3}denied|was\s{1,3}denied)\s{1,3}|[ \t]{1,3}(?:\[(?:\.{3}|…)\]|\.{3}|…)[ \t]{1,3})$/;
const RESOURCE_BEFORE = /\bon\s{1,3}resources?\s{0,3}:\s{0,3}["'`]?(arn:[^\s"'`]{3,2048}?)["'`]?\s{1,5}$/;

/** Context phrases quoted on their own ("… because no permissions boundary allows the ssm:GetParameter action"). */
export function scanContextPhrases(scan: Scan): void {
  if (!mentions(scan, 'because', 'explicit', 'action')) return;
  const standalone = STANDALONE(scan);
  if (!standalone) return;
  const { text } = scan;
  standalone.lastIndex = 0;
  let m: RegExpExecArray | null;
  const found: Piece[] = [];
  while ((m = standalone.exec(text))) {
    const ctx = contextAt(text, m.index);
    if (!ctx || inCodeLiteral(text, ctx.start) || listElementLiteral(text, ctx.start)) continue;
    // An elided quote that starts at the resource ("...on resource: \"arn:aws:s3:::b\" with an explicit deny in …").
    const on = RESOURCE_BEFORE.exec(text.slice(Math.max(0, ctx.start - 600), ctx.start));
    const core = makeCore(on ? ctx.start - on[0].length : ctx.start, ctx.end, 'access-denied', true);
    if (on) setField(core, 'resource', on[1], P.statement);
    setField(core, 'policyType', ctx.policyType, P.statement);
    setField(core, 'denyKind', ctx.denyKind, P.statement);
    setField(core, 'policyArn', ctx.policyArn, P.statement);
    setField(core, 'action', ctx.action ?? ACTION_FAILS_BEFORE.exec(text.slice(Math.max(0, core.start - 120), core.start))?.[1], P.phrase);
    found.push(core);
    standalone.lastIndex = Math.max(standalone.lastIndex, ctx.end);
  }
  // A page that lists the phrases ("with an explicit deny in a service control policy" → SCP, "… in a permissions
  // boundary" → …) teaches them: three layers or more, none with an action or a resource, are a table, no refusal.
  const layers = new Set(found.map((p) => p.fields.policyType?.v));
  if (found.length >= 3 && layers.size >= 3 && found.every((p) => !p.fields.action && !p.fields.resource)) return;
  scan.pieces.push(...found);
}
