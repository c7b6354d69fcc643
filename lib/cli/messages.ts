// The terminal's own few sentences, in both languages (the explanation texts live with the explainer). The input
// limit is described with the same two numbers as the popup and the README: characters, start and end kept.
import type { Lang } from '../model';
import { KEPT_AT_EACH_END, MAX_INPUT_CHARS } from '../parse/limit';

const count = (n: number): string => n.toLocaleString('en-US');

export function noFindingText(lang: Lang): string {
  return lang === 'ja'
    ? '入力に AWS のアクセス拒否エラーまたは認証情報エラーは見つかりませんでした。'
    : 'No AWS access-denied or credentials error found in the input.';
}

/** The rule, for the help text. */
export function limitSentence(lang: Lang): string {
  return lang === 'ja'
    ? `${count(MAX_INPUT_CHARS)} 文字を超える入力は、先頭と末尾の ${count(KEPT_AT_EACH_END)} 文字ずつを読み取ります (ログのエラーは末尾にあるため)。`
    : `Text longer than ${count(MAX_INPUT_CHARS)} characters keeps its first and last ${count(KEPT_AT_EACH_END)} characters (errors sit at the end of logs).`;
}

/** Said on stderr (or as a JSON line's note) when the rule applied. */
export function truncatedNote(lang: Lang): string {
  return lang === 'ja'
    ? `注意: 入力が ${count(MAX_INPUT_CHARS)} 文字を超えるため、先頭と末尾の ${count(KEPT_AT_EACH_END)} 文字ずつだけを読み取りました (途中は読み飛ばしました)。`
    : `note: the input is longer than ${count(MAX_INPUT_CHARS)} characters: its first and last ${count(KEPT_AT_EACH_END)} characters were read, the middle was skipped.`;
}

/** A --jsonl line over the limit is answered with this error in place (its text cannot be read without all of it). */
export function lineTooLongText(): string {
  return `line longer than ${count(MAX_INPUT_CHARS)} characters; pass such a text on its own, without --jsonl`;
}
