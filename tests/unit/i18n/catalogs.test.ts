// Every text the user sees exists in English and Japanese: each catalog exported from lib/i18n/*.ts must have the
// same keys, non-empty texts and the same {parameters} in both languages, and Japanese must be Japanese wherever
// the English is a sentence. The explainer's Japanese must use AWS's own Japanese terms, as the console and the
// documentation do.
import { describe, expect, it } from 'vitest';
import { explainMessages } from '../../../lib/i18n/explain';
import { verdictMessages } from '../../../lib/i18n/explain-verdict';
import { fill, translator } from '../../../lib/i18n/index';

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
    for (const term of ['アクセス許可の境界', '信頼ポリシー', 'サービスコントロールポリシー', 'リソースコントロールポリシー', 'リソースベースのポリシー', 'アイデンティティベースのポリシー', 'セッションポリシー', 'VPC エンドポイントポリシー', 'キーポリシー', 'バケットポリシー', 'ブロックパブリックアクセス', '権限セット', 'サービスにリンクされたロール', '管理アカウント']) {
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
});
