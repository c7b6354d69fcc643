// The terminal's own few sentences, in both languages (the explanation texts live with the explainer).
import type { Lang } from '../model';
import { MAX_INPUT_CHARS } from '../parse/index';

export function noFindingText(lang: Lang): string {
  return lang === 'ja'
    ? '入力に AWS のアクセス拒否エラーまたは認証情報エラーは見つかりませんでした。'
    : 'No AWS access-denied or credentials error found in the input.';
}

export function truncatedNote(lang: Lang): string {
  const size = `${Math.round(MAX_INPUT_CHARS / 1024)} KiB`;
  return lang === 'ja'
    ? `注意: 入力が大きすぎるため、先頭の ${size} だけを解析しました。`
    : `note: the input is larger than ${size}; only the first ${size} were parsed.`;
}
