// Text that looks for a denial rather than reporting one: a query's or a filter's conditions, a rule's match block.
// The code families (sdk-envelopes.ts) and the key/value records (kv-record.ts) leave such text alone.
import { inCodeLiteral, lastIndexWithin } from './text';

// A code in a query or a filter is what someone looks for, not an error: a metric filter pattern
// (`{ ($.errorCode = "AccessDenied*") }`), a Logs Insights or SQL condition (`| filter errorCode = "AccessDenied"`).
// A SIEM rule's pattern element (Wazuh/OSSEC `<match>"errorCode":"Client.UnauthorizedOperation"</match>`) too, and
// a search command's pattern (`| grep "AccessDenied\|is not authorized"`), and a runbook's "Look for: errorCode=AccessDenied",
// and the CLI's own query options (`aws logs filter-log-events --filter-pattern "AccessDenied"`), and a search language's
// condition functions (Splunk's `eval denied=if(errorCode="AccessDenied",1,0)`, Sumo Logic's `logexplain
// (errorCode="AccessDenied")`).
// A `where` or `filter` counts only when the code (or its key) follows it or is a condition's value (after `=`,
// `like`, `in (`, a list's comma): prose says "where" too ("an issue where the plugin failed with
// `ExpiredTokenException`").
const QUERY_BEFORE =
  /(?:\$\.(?:[\w.]{1,60}\s{0,3}(?:=|!=)\s{0,3}["']?)?\s{0,3}|(?:^|[\s|(])(?:grep|egrep|zgrep|rg|findstr|Select-String)\s[^\n]{0,200}|\b[Ll]ook\s{1,3}for:?\s[^\n]{0,200}|(?:^|[\s|(])(?:filter|where)\s(?:[^\n]{0,200}?(?:[=~]|!=|<>|\blike|\bin\s{0,3}\(|\bmatches|,|\bor|\band))?\s{0,3}['"%(/]{0,3}|<(?:match|regex|pcre2|field)\b[^>\n]{0,80}>[^<\n]{0,200}|\s--(?:filter-pattern|query-string)[\s=]{0,3}(?:"[^"\n]{0,200}|'[^'\n]{0,200})?|\b(?:if|case|logexplain|searchmatch)\s{0,3}\(\s{0,3}(?:[\w.]{1,60}\s{0,3}!?={1,2}\s{0,3}["']?)?)$/i;

// A search's conditions joined by its capitalised operators (Splunk: `errorCode="AccessDenied" OR
// errorCode="UnauthorizedOperation"`), before or after the code.
// (A key's reader asks from the key: `OR errorCode=…`.)
const CHAINED_BEFORE = /\s(?:OR|AND|NOT)\s{1,3}\(?(?:[\w.]{1,60}\s{0,3}!?=\s{0,3}["']?)?$/;
const CHAINED_AFTER = /^["']?\)?\s{1,3}(?:OR|AND)\s{1,3}(?:NOT\s{1,3})?\(?[\w.]{1,60}\s{0,3}!?=/;

export function inQuery(text: string, start: number, end: number): boolean {
  if (text.charAt(end) === '*' || inCodeLiteral(text, start)) return true;
  if (CHAINED_BEFORE.test(text.slice(Math.max(0, start - 80), start)) || CHAINED_AFTER.test(text.slice(end, end + 80))) return true;
  // (Bounded looks back: on a long line of many codes each costs no scan to the line's start. A line that long before
  // the code holds no rule's key either.)
  const nl = lastIndexWithin(text, '\n', start, 400);
  const lineStart = nl >= 0 ? nl + 1 : start <= 400 ? 0 : -1;
  return QUERY_BEFORE.test(text.slice(Math.max(lineStart, start - 240), start)) || (lineStart >= 0 && inRuleBlock(text, lineStart, start));
}

// A YAML rule or filter (`condition:` / `  errorCode: AccessDenied`) names the code it matches on.
// Sigma's `detection:` names its blocks `selection…` and `filter…`.
const RULE_KEY = /^(?:conditions?|filters?|filter_\w{1,40}|match|matches|pattern|selector|selectors|selection\w{0,40}|detection|where|when|query|criteria)$/i;
const YAML_KEY_LINE = /^([ \t]*)(?:- +)?([\w.-]{1,60}):[ \t]*$/;

function inRuleBlock(text: string, lineStart: number, start: number): boolean {
  // The code's own key may stand before it on the line (`errorCode: ` when the code itself is read).
  // Sigma adds modifiers to the key (`errorCode|startswith: AccessDenied`).
  const lead = /^([ \t]*)(?:- +)?(?:[\w.|-]{1,60}:[ \t]*["']?)?$/.exec(text.slice(lineStart, start));
  if (!lead) return false;
  const indent = lead[1]!.length;
  let end = lineStart - 1;
  // The key that holds this line: the nearest line above that is indented less (a few lines up at most).
  for (let n = 0; n < 12 && end > 0; n++) {
    const before = lastIndexWithin(text, '\n', end, 400);
    if (before < 0 && end > 400) break;
    const from = before + 1;
    const line = text.slice(from, end);
    end = from - 1;
    const width = /^[ \t]*/.exec(line)![0].length;
    if (line.trim() === '' || width >= indent) continue;
    const key = YAML_KEY_LINE.exec(line);
    return key !== null && RULE_KEY.test(key[2]!);
  }
  return false;
}

// A query or a filter joins its conditions (`WHERE errorcode = 'AccessDenied' AND eventname = …`, `filter errorCode
// = "…" and …`): what someone looks for, not a record.
const CONNECTOR = /(?:^|\s)(?:where|filter|and|or|&&|\|\|)\s*[(]?\s*\$?\.?$/i;

/** Whether the text right before a key joins it to other conditions (a query, not a record). */
export function joinsConditions(before: string): boolean {
  return CONNECTOR.test(before);
}
