// The CLI's envelope translated with the page around it (AWS Knowledge Center in other languages, a browser's page
// translation): "PutObject 작업을 호출할 때 오류(AccessDenied) 발생: 액세스 거부됨", "调用 PutObject 操作时发生错误
// (AccessDenied)", "呼叫 PutObject 作業時發生用戶端錯誤 (AccessDenied)", "Se produjo un error (AccessDenied) al llamar a la operación PutObject", "Beim Aufrufen des
// PutObject-Vorgangs ist ein Fehler aufgetreten (AccessDenied)". The code stays in its parentheses and the operation
// keeps its name; the words between them are the language's. Japanese has its own (japanese.ts), English is the
// CLI's own (cli-envelope.ts).
import { categoryOfCode } from './codes';
import { coreEach } from './match-pieces';
import { P, makeWrapper, setField, type Scan } from './types';

const GATE_WORDS = ['작업', '操作', '作業', 'opera', 'opéra', 'vorgang'];
const CODE_IN_PARENS = /[(（]([A-Z][A-Za-z0-9.]{2,100})[)）]/g;
const OPERATION_AFTER_WORD = /(?:operaci[óo]n|opera[çc][ãa]o|op[ée]ration|operazione)\s{1,3}([A-Z][A-Za-z0-9]{1,100})/;
const OPERATION_BEFORE_WORD = /([A-Z][A-Za-z0-9]{1,100})(?:\s{0,3}(?:작업|操作|作業)|-(?:Vorgangs?|Operation)\b)/;
const CALL_WORD = /호출|调用|呼叫|llamar|invocar|chamar|appel|chiamata|Aufruf/i;
const SPAN = 160;
// The Chinese envelope retold without its code, the refusal in words: "调用PutObject操作时发生访问被拒绝错误".
const CHINESE_DENIED_CALL = /调用\s{0,3}([A-Z][A-Za-z0-9]{1,100})\s{0,3}操作时发生(?:了)?(?:访问被拒绝|拒绝访问)/g;

export function scanTranslatedEnvelopes(scan: Scan): void {
  const { text, lower } = scan;
  if (text.indexOf('操作时发生') >= 0) coreEach(scan, CHINESE_DENIED_CALL, 'operation', P.envelope);
  if (text.indexOf('(') < 0 && text.indexOf('（') < 0) return;
  if (!GATE_WORDS.some((w) => lower.indexOf(w) >= 0)) return;
  CODE_IN_PARENS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CODE_IN_PARENS.exec(text))) {
    const category = categoryOfCode(m[1]!);
    if (!category) continue;
    const at = m.index;
    const end = at + m[0].length;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const nl = text.indexOf('\n', end);
    const line = text.slice(Math.max(lineStart, at - SPAN), nl < 0 ? Math.min(text.length, end + SPAN) : Math.min(nl, end + SPAN));
    // The English envelope is the CLI's own family.
    if (!CALL_WORD.test(line) || /when\s{1,3}calling/i.test(line)) continue;
    const operation = OPERATION_AFTER_WORD.exec(line)?.[1] ?? OPERATION_BEFORE_WORD.exec(line)?.[1];
    if (!operation) continue;
    const wrapper = makeWrapper(at, end, 'forward', 400, category);
    setField(wrapper, 'errorCode', m[1], P.cliCode);
    setField(wrapper, 'operation', operation, P.envelope);
    scan.pieces.push(wrapper);
  }
}
