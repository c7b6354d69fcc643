// Texts of the in-page card, English and Japanese. Japanese follows the console's own terms (アクセス拒否,
// アクセス許可, ポリシー). The verdict, layer and who-acts lines come from lib/explain/verdict.ts in the same language.
import type { Catalog } from './index';

type CardKey =
  | 'brand'
  | 'label'
  | 'explain'
  | 'explainTitle'
  | 'copyFix'
  | 'copyFixTitle'
  | 'copying'
  | 'copied'
  | 'copiedCondition'
  | 'copyFailed'
  | 'noPolicy'
  | 'panelFailed'
  | 'stale'
  | 'dismiss'
  | 'hideOn'
  | 'groupTitle'
  | 'showAll'
  | 'showLess'
  | 'who';

export const CARD_MESSAGES: Catalog<CardKey> = {
  en: {
    brand: 'Why Denied',
    label: 'Why Denied: explanation of this access denial',
    explain: 'Explain',
    explainTitle: 'Open the full explanation in the side panel',
    copyFix: 'Copy fix',
    copyFixTitle: 'Copy the policy that fixes this denial',
    copying: 'Preparing the fix…',
    copied: 'Policy copied: {target}',
    copiedCondition: 'Condition copied: add it to the statement that denies {action} in {target}, keeping the rest of that statement. An exception to a guardrail is for its owner to decide: open Explain first.',
    copyFailed: 'Could not copy the fix. Open Explain to copy it from the side panel.',
    noPolicy: 'This denial has no policy to copy. Open Explain for the next steps.',
    panelFailed: 'Could not open the side panel. Use the toolbar button.',
    stale: 'Why Denied was updated. Reload the page to use this card.',
    dismiss: 'Dismiss',
    hideOn: 'Hide on {service}',
    groupTitle: '{count} access denials while this page loaded',
    showAll: 'Show all {count}',
    showLess: 'Show less',
    who: 'Who acts: {who}',
  },
  ja: {
    brand: 'Why Denied',
    label: 'Why Denied: このアクセス拒否の説明',
    explain: '詳しく見る',
    explainTitle: 'サイドパネルで詳しい説明を開く',
    copyFix: '修正をコピー',
    copyFixTitle: 'この拒否を解消するポリシーをコピー',
    copying: '修正を準備しています…',
    copied: 'ポリシーをコピーしました: {target}',
    copiedCondition: 'Condition をコピーしました: 「{target}」で {action} を拒否しているステートメントに追加し、そのステートメントの他の部分はそのまま残してください。ガードレールの例外を認めるかどうかはその所有者が判断します。先に「詳しく見る」を確認してください。',
    copyFailed: '修正をコピーできませんでした。「詳しく見る」からサイドパネルでコピーしてください。',
    noPolicy: 'この拒否にはコピーできるポリシーがありません。「詳しく見る」で次の手順を確認してください。',
    panelFailed: 'サイドパネルを開けませんでした。ツールバーのボタンを使ってください。',
    stale: 'Why Denied が更新されました。このカードを使うにはページを再読み込みしてください。',
    dismiss: '閉じる',
    hideOn: '{service} では表示しない',
    groupTitle: 'ページの読み込み中に {count} 件のアクセス拒否',
    showAll: '{count} 件すべて表示',
    showLess: '折りたたむ',
    who: '対応する人: {who}',
  },
};
