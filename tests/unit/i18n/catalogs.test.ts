// Every text the user sees exists in English and Japanese: each catalog exported from lib/i18n/*.ts must have the
// same keys, non-empty texts and the same {parameters} in both languages, and Japanese must be Japanese wherever
// the English is a sentence. The explainer's Japanese must use AWS's own Japanese terms, as the console and the
// documentation do.
import { describe, expect, it } from 'vitest';
import { explainMessages } from '../../../lib/i18n/explain';
import { verdictMessages } from '../../../lib/i18n/explain-verdict';
import { CARD_MESSAGES } from '../../../lib/i18n/card';
import { fill, fillJapanese, translator } from '../../../lib/i18n/index';
import { STEP_TEXTS } from '../../../lib/i18n/steps';
import { UI_CATALOG } from '../../../lib/i18n/ui';
import { WORKLOAD_TEXTS } from '../../../lib/i18n/workload';
import { checkJapanese } from './ja-style';

type Texts = Record<string, string>;
const modules = import.meta.glob('../../../lib/i18n/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;

function isTexts(v: unknown): v is Texts {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
}

const catalogs: [string, Texts, Texts][] = [];
for (const [file, mod] of Object.entries(modules)) {
  for (const [name, value] of Object.entries(mod)) {
    const v = value as { en?: unknown; ja?: unknown };
    if (typeof value === 'object' && value !== null && isTexts(v.en) && isTexts(v.ja)) catalogs.push([`${file.replace(/^.*\//, '')}:${name}`, v.en, v.ja]);
  }
}

const params = (s: string): string[] => [...s.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] ?? '').sort();
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
/** English on purpose in both languages: the product's name, and a sample of the (English) AWS error text. */
const STAYS_ENGLISH = new Set(['card.ts:CARD_MESSAGES brand', 'ui.ts:UI_CATALOG appName', 'ui.ts:UI_CATALOG popup.placeholder']);

describe('i18n catalogs', () => {
  it('finds the catalogs', () => {
    const names = catalogs.map(([n]) => n);
    expect(names).toEqual(
      expect.arrayContaining([
        'explain.ts:explainMessages',
        'explain-verdict.ts:verdictMessages',
        'steps.ts:STEP_TEXTS',
        'workload.ts:WORKLOAD_TEXTS',
        'ui.ts:UI_CATALOG',
        'card.ts:CARD_MESSAGES',
      ]),
    );
  });

  for (const [name, en, ja] of catalogs) {
    it(`${name}: same keys in en and ja`, () => {
      const missingInJa = Object.keys(en).filter((k) => !(k in ja));
      const missingInEn = Object.keys(ja).filter((k) => !(k in en));
      expect({ missingInJa, missingInEn }).toEqual({ missingInJa: [], missingInEn: [] });
    });
    it(`${name}: Japanese wherever the English is a sentence`, () => {
      const untranslated = Object.keys(en).filter(
        (k) =>
          !STAYS_ENGLISH.has(`${name} ${k}`) &&
          /[a-z]{3,} [a-z]{3,}/i.test((en[k] ?? '').replace(/\{[^}]+\}/g, '')) &&
          !JAPANESE.test(ja[k] ?? ''),
      );
      expect(untranslated).toEqual([]);
    });
    it(`${name}: non-empty texts with the same parameters`, () => {
      for (const [k, text] of Object.entries(en)) {
        expect(text.trim(), `${name} en ${k}`).not.toBe('');
        expect((ja[k] ?? '').trim(), `${name} ja ${k}`).not.toBe('');
        expect(params(ja[k] ?? ''), `${name} ${k}`).toEqual(params(text));
      }
    });
  }
});

describe('the explainer’s Japanese', () => {
  const ja = { ...explainMessages.ja, ...verdictMessages.ja };

  it('uses AWS’s Japanese terms and none of the usual mistranslations', () => {
    const all = Object.values(ja).join('\n');
    for (const term of ['アクセス許可の境界', '信頼ポリシー', 'サービスコントロールポリシー', 'リソースコントロールポリシー', 'リソースベースのポリシー', 'アイデンティティベースのポリシー', 'セッションポリシー', 'VPC エンドポイントポリシー', 'キーポリシー', 'バケットポリシー', 'ブロックパブリックアクセス', 'アクセス許可セット', 'サービスにリンクされたロール', '管理アカウント']) {
      expect(all, term).toContain(term);
    }
    for (const wrong of ['許可境界', 'パーミッションバウンダリ', 'トラストポリシー', '信任ポリシー', 'サービス制御ポリシー', 'アイデンティティ・ベース', 'リソース・ベース']) {
      expect(all, wrong).not.toContain(wrong);
    }
  });
});

describe('mechanism', () => {
  it('fills parameters and keeps unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    const t = translator(verdictMessages, 'ja');
    expect(t('target.role', { name: 'Dev' })).toBe('ロール Dev');
  });

  it('in Japanese, spaces a value from full-width text only when the value is half-width', () => {
    expect(fillJapanese('{target} に追加してください', { target: 'ルートユーザー' })).toBe('ルートユーザーに追加してください');
    expect(fillJapanese('{target} に追加してください', { target: 'role Dev' })).toBe('role Dev に追加してください');
    expect(fillJapanese('ロール {role} に追加', { role: '管理者' })).toBe('ロール管理者に追加');
    expect(fillJapanese('ロール {role} に追加', { role: 'Dev' })).toBe('ロール Dev に追加');
    expect(fillJapanese('「{label}」 です', { label: '詳しく見る' })).toBe('「詳しく見る」 です');
    expect(fillJapanese('{a} {b}', { a: 'x' })).toBe('x {b}');
    expect(translator(verdictMessages, 'ja')('target.role', { name: '管理者' })).toBe('ロール管理者');
  });
});

// The side panel, popup and card: AWS's Japanese terms (one per concept), no stray spaces, no placeholder glyphs, and
// every button named by its label. lib/i18n's other catalogs are checked by the same function (ja-style.ts).
describe('Japanese style of every catalog', () => {
  const ui = UI_CATALOG;
  const card = CARD_MESSAGES;
  /** Every label a text may tell people to click, with the keys of those texts in each catalog. */
  const BUTTONS: { label: 'card.explain' | 'card.copyFix' | 'ui.popup.explain' | 'ui.popup.openPanel'; en: string; ja: string; referredBy: string[] }[] = [
    { label: 'card.explain', en: card.en.explain, ja: card.ja.explain, referredBy: ['ui:panel.empty', 'card:copyFailed', 'card:noPolicy', 'card:copiedCondition'] },
    { label: 'card.copyFix', en: card.en.copyFix, ja: card.ja.copyFix, referredBy: [] },
    { label: 'ui.popup.explain', en: ui.en['popup.explain'], ja: ui.ja['popup.explain'], referredBy: [] },
    { label: 'ui.popup.openPanel', en: ui.en['popup.openPanel'], ja: ui.ja['popup.openPanel'], referredBy: [] },
  ];
  const buttonLabels = BUTTONS.map((b) => b.ja);
  /** Quoted names that are AWS's, not our buttons: an S3 setting, a Lambda page's field, an API reference heading. */
  const OTHER_QUOTES = ['バケット所有者の強制', '実行ロール', '必要なアクセス許可'];
  const checked = [
    ['ui.ts:UI_CATALOG', ui.ja],
    ['card.ts:CARD_MESSAGES', card.ja],
    ['explain.ts:explainMessages', explainMessages.ja],
    ['explain-verdict.ts:verdictMessages', verdictMessages.ja],
    ['steps.ts:STEP_TEXTS', STEP_TEXTS.ja],
    ['workload.ts:WORKLOAD_TEXTS', WORKLOAD_TEXTS.ja],
  ] as const;

  for (const [name, ja] of checked) {
    for (const rule of ['term', 'space', 'glyph', 'button'] as const) {
      it(`${name}: no ${rule} problems`, () => {
        expect(checkJapanese(ja, { buttonLabels, otherQuotes: OTHER_QUOTES }).filter((v) => v.rule === rule)).toEqual([]);
      });
    }
  }

  it('refers to each button by its label, in both languages', () => {
    const text = (ref: string, lang: 'en' | 'ja') => {
      const [catalog, key] = ref.split(':') as ['ui' | 'card', string];
      return ((catalog === 'ui' ? ui[lang] : card[lang]) as Record<string, string>)[key] ?? '';
    };
    for (const b of BUTTONS) {
      for (const ref of b.referredBy) {
        expect(text(ref, 'en'), `${ref} en → ${b.label}`).toContain(b.en);
        expect(text(ref, 'ja'), `${ref} ja → ${b.label}`).toContain(`「${b.ja}」`);
      }
    }
  });

  it('the checker finds each kind of problem (so the checks above are not vacuous)', () => {
    const found = checkJapanese(
      {
        mixed: '権限セット {name} とパーミッションバウンダリ',
        spaces: '「{label}」 をクリック  してください ',
        japaneseValue: '{who} が適用します',
        glyph: 'ポリシーの種類は不明 (確定)',
        unknown: '(?)',
        button: '「説明」をクリックしてください',
        fine: 'ロール {name} のアクセス許可の境界を確認してください (アカウント ID {account})。',
      },
      { buttonLabels: ['詳しく見る'] },
    );
    const by = (key: string) => found.filter((v) => v.key === key).map((v) => v.rule);
    const mixed = found.filter((v) => v.key === 'mixed').map((v) => v.detail);
    expect(mixed).toEqual(expect.arrayContaining([expect.stringContaining('「アクセス許可セット」'), expect.stringContaining('「アクセス許可の境界」')]));
    expect(by('spaces')).toEqual(expect.arrayContaining(['space']));
    expect(found.filter((v) => v.key === 'spaces').length).toBeGreaterThanOrEqual(3);
    // A Japanese value takes no space before the template's Japanese (fillJapanese): nothing to flag.
    expect(by('japaneseValue')).toEqual([]);
    expect(by('glyph')).toEqual(['glyph']);
    expect(by('unknown')).toEqual(['glyph', 'glyph']);
    expect(by('button')).toEqual(['button']);
    expect(by('fine')).toEqual([]);
  });
});
