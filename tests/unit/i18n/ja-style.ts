// How the Japanese texts are judged (REVIEW.md §5): one AWS term per concept, no stray spaces around inserted
// values, no placeholder glyphs, and every reference to a button in its label's exact words. The checker takes any
// catalog (key → Japanese template), so it can be pointed at a new catalog as soon as one exists.

import { fillJapanese } from '../../../lib/i18n/index';

/** One concept, the Japanese term AWS uses for it (console and documentation), and the variants that are wrong. */
export interface TermRule {
  concept: string;
  term: string;
  wrong: readonly (string | RegExp)[];
  /** Texts where a "wrong" variant is right after all (Docker's own "login", for example). */
  except?: RegExp;
}

/**
 * AWS's own Japanese terms. Where AWS's pages disagree, the term of the IAM (and IAM Identity Center) user guide's own
 * page titles wins: 「アクセス許可セット」 ("アクセス許可セットの作成、管理と削除"), 「アクセス許可の境界」.
 */
export const JA_TERMS: readonly TermRule[] = [
  { concept: 'identity-based policy', term: 'アイデンティティベースのポリシー', wrong: ['ID ベースのポリシー', 'IDベースのポリシー', 'アイデンティティベースポリシー', 'アイデンティティ・ベース', 'ID ベースポリシー'] },
  { concept: 'resource-based policy', term: 'リソースベースのポリシー', wrong: ['リソースベースポリシー', 'リソース・ベース'] },
  { concept: 'permissions boundary', term: 'アクセス許可の境界', wrong: ['許可境界', 'アクセス許可境界', '権限境界', '権限の境界', 'パーミッションバウンダリ', 'アクセス許可バウンダリ'] },
  { concept: 'service control policy', term: 'サービスコントロールポリシー', wrong: ['サービス制御ポリシー', 'サービス コントロール ポリシー'] },
  { concept: 'resource control policy', term: 'リソースコントロールポリシー', wrong: ['リソース制御ポリシー', 'リソース コントロール ポリシー'] },
  { concept: 'trust policy', term: '信頼ポリシー', wrong: ['トラストポリシー', '信頼関係ポリシー', '信任ポリシー'] },
  { concept: 'session policy', term: 'セッションポリシー', wrong: ['セッション ポリシー'] },
  { concept: 'VPC endpoint policy', term: 'VPC エンドポイントポリシー', wrong: ['VPCエンドポイント', 'VPC エンドポイント ポリシー'] },
  { concept: 'key policy', term: 'キーポリシー', wrong: ['キー ポリシー', '鍵ポリシー'] },
  { concept: 'bucket policy', term: 'バケットポリシー', wrong: ['バケット ポリシー'] },
  { concept: 'permission set', term: 'アクセス許可セット', wrong: ['権限セット', 'アクセス権限セット', /(?<!アクセス)許可セット/] },
  { concept: 'service-linked role', term: 'サービスにリンクされたロール', wrong: ['サービスリンクロール', 'サービスリンクされたロール', 'サービス連携ロール'] },
  { concept: 'explicit deny', term: '明示的な拒否', wrong: ['明示的拒否', '明示拒否'] },
  { concept: 'implicit deny', term: '暗黙的な拒否', wrong: ['暗黙の拒否', '暗黙的拒否', '暗黙拒否'] },
  { concept: 'credentials', term: '認証情報', wrong: ['資格情報', 'クレデンシャル'] },
  { concept: 'permissions', term: 'アクセス許可', wrong: ['パーミッション'] },
  { concept: 'management account', term: '管理アカウント', wrong: ['マネジメントアカウント', 'マスターアカウント'] },
  { concept: 'root user', term: 'ルートユーザー', wrong: ['ルートアカウント', 'root ユーザー'] },
  { concept: 'user', term: 'ユーザー', wrong: [/ユーザ(?!ー)/] },
  { concept: 'account ID', term: 'アカウント ID', wrong: ['アカウントID'] },
  { concept: 'sign in', term: 'サインイン', wrong: ['ログイン'], except: /docker/i },
  { concept: 'account administrator', term: 'アカウントの管理者', wrong: ['アカウント管理者'] },
  { concept: 'organization administrator', term: '組織の管理者', wrong: ['組織管理者'] },
  { concept: 'resource owner', term: 'リソースの所有者', wrong: ['リソース所有者'] },
  { concept: 'side panel', term: 'サイドパネル', wrong: ['サイド パネル', 'サイドペイン'] },
];

export type StyleRule = 'term' | 'space' | 'glyph' | 'button';

export interface StyleViolation {
  key: string;
  rule: StyleRule;
  detail: string;
}

export interface StyleOptions {
  /** The Japanese labels of every button (and the like) that a text may tell people to click. */
  buttonLabels?: readonly string[];
  /** Quoted names that are not our buttons (console setting names, for example). */
  otherQuotes?: readonly string[];
  /** Sample values for parameters whose values are Japanese words ({who}, {layer} …); other parameters get "Dev". */
  japaneseParams?: readonly string[];
}

/** Parameters that carry Japanese words in the catalogs we know; the others carry names, ARNs and numbers. */
export const JAPANESE_PARAMS = ['who', 'target', 'layer', 'purpose', 'label', 'what', 'summary', 'reason', 'title', 'meaning', 'likelihood', 'confidence', 'kind', 'where'];

const FULL = '\u3000-\u30ff\u3400-\u9fff\uff00-\uffef';
/** A half-width space between two full-width characters: AWS's Japanese spaces only between half- and full-width. */
const SPACE_BETWEEN_FULL = new RegExp(`[${FULL}] +[${FULL}]`);
const SPACE_AT_PUNCT = /[ \t][、。，．！？：；）」』】〕]|[（「『【〔][ \t]/;
const PLACEHOLDER_GLYPHS: readonly RegExp[] = [/\(\?\)/, /（？）/, /\?\?/, /\uFFFD/, /\bTODO\b/, /\bXXX\b/, /\bundefined\b/, /\bNaN\b/, /\[object /, /不明\s*[(（]\s*確/];

/** The template as the Japanese translator fills it (lib/i18n fillJapanese), with a sample value per parameter. */
function fillSample(template: string, japanese: ReadonlySet<string>): string {
  const params: Record<string, string> = {};
  for (const m of template.matchAll(/\{([A-Za-z0-9_]+)\}/g)) params[m[1]!] = japanese.has(m[1]!) ? '管理者' : 'Dev';
  return fillJapanese(template, params);
}

/** Every problem of one Japanese catalog. */
export function checkJapanese(ja: Readonly<Record<string, string>>, options: StyleOptions = {}): StyleViolation[] {
  const out: StyleViolation[] = [];
  const japanese = new Set(options.japaneseParams ?? JAPANESE_PARAMS);
  const quotes = new Set([...(options.buttonLabels ?? []), ...(options.otherQuotes ?? [])]);
  for (const [key, text] of Object.entries(ja)) {
    for (const rule of JA_TERMS) {
      if (rule.except?.test(text)) continue;
      for (const wrong of rule.wrong) {
        const hit = typeof wrong === 'string' ? (text.includes(wrong) ? wrong : undefined) : wrong.exec(text)?.[0];
        if (hit) out.push({ key, rule: 'term', detail: `「${hit}」 → 「${rule.term}」 (${rule.concept})` });
      }
    }
    if (text !== text.trim()) out.push({ key, rule: 'space', detail: 'leading or trailing whitespace' });
    if (/ {2,}/.test(text)) out.push({ key, rule: 'space', detail: 'two spaces in a row' });
    if (text.includes('\u3000')) out.push({ key, rule: 'space', detail: 'full-width space' });
    const punct = SPACE_AT_PUNCT.exec(text);
    if (punct) out.push({ key, rule: 'space', detail: `space next to full-width punctuation: "${punct[0]}"` });
    const filled = fillSample(text, japanese);
    const between = SPACE_BETWEEN_FULL.exec(filled);
    if (between) out.push({ key, rule: 'space', detail: `space between Japanese words once filled: "${between[0]}" in "${filled}"` });
    for (const glyph of PLACEHOLDER_GLYPHS) {
      const m = glyph.exec(text);
      if (m) out.push({ key, rule: 'glyph', detail: `placeholder glyph "${m[0]}"` });
    }
    if (/^[\s?？—–\-…*()（）]+$/.test(text)) out.push({ key, rule: 'glyph', detail: `text is only a placeholder glyph: "${text}"` });
    if (options.buttonLabels) {
      for (const m of text.matchAll(/「([^」]*)」/g)) {
        // A quoted inserted value («「{target}」で») names a policy, not a button.
        if (!quotes.has(m[1] ?? '') && !/\{[A-Za-z0-9_]+\}/.test(m[1] ?? '')) out.push({ key, rule: 'button', detail: `「${m[1]}」 is no button label (labels: ${[...(options.buttonLabels ?? [])].map((l) => `「${l}」`).join(' ')})` });
      }
    }
  }
  return out;
}
