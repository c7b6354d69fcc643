// CloudTrail records rendered as YAML (`aws cloudtrail … --output yaml`, yq, a runbook or docs page): indentation
// nests maps and `- ` starts list items, so the JSON-ish reader sees nothing. Only the run of YAML lines around an
// `errorCode:` line is read, into the same loose values the JSON reader gives (structured.ts), so the record
// families read it unchanged:
//   userIdentity:
//     type: IAMUser
//     arn: arn:aws:iam::111122223333:user/bob
//   eventSource: s3.amazonaws.com
//   errorCode: AccessDenied
// Splunk's expanded event view is the same shape with brackets: `userIdentity: { [-]` opens a nested map, a line
// `}` closes it; those bracket lines are read as indentation only.
// A decoded authorization message converted to YAML (`allowed: false` ⏎ `context:` ⏎ `  action: ec2:RunInstances`) is
// read the same way, from its `allowed:` line; a line the writer elided (`...`) does not end the block.
import type { Loose, LooseArray, LooseObject } from './loose-json';

const ERROR_CODE_LINE = /^[ \t]*(?:[-•] *)?(?:errorCode:[ \t]+\S|allowed:[ \t]+false\b)/gm;
const ELIDED_LINE = /^[ \t]*(?:\.{3}|…)[ \t]*$/;
// `key: value`, `key:` (a nested block follows), `- key: value` (a list item that is a map), `- value`.
// A chat's or a document's bullet (`•errorCode: AccessDenied`) is a list item's dash.
const KEY_LINE = /^([ \t]*)(- +|• *)?([A-Za-z@_$][\w@.$-]{0,100}):(?:[ \t]+(\S.{0,4000}?))?[ \t]*$/;
const ITEM_LINE = /^([ \t]*)- +(\S.{0,4000}?)[ \t]*$/;
const MAX_LINES = 400;
// Splunk's markers: an expanded (`[-]`) or collapsed (`[+]`) object or list.
const SPLUNK_MARK = /^(?:\{|\[) \[[-+]\](?: [}\]])?$/;
const SPLUNK_BRACKET_LINE = /^[ \t]*(?:[{}[\]]|(?:\{|\[) \[[-+]\](?: [}\]])?)[ \t]*$/;

interface Line {
  indent: number;
  dash: number;
  key: string | null;
  value: string | null;
  start: number;
  end: number;
}

/** A bracket line of Splunk's view: no content, the block goes on. */
const SKIP = 'skip';

function readLine(text: string, start: number, end: number, splunk: boolean): Line | typeof SKIP | null {
  const s = text.slice(start, end);
  if ((splunk && SPLUNK_BRACKET_LINE.test(s)) || ELIDED_LINE.test(s)) return SKIP;
  const k = KEY_LINE.exec(s);
  if (k && splunk && SPLUNK_MARK.test(k[4] ?? '')) return { indent: k[1]!.length, dash: k[2]?.length ?? 0, key: k[3]!, value: null, start, end };
  // A line of a JS object or JSON (`errorCode: 'AccessDenied',`, `{`) is the other reader's.
  if (k) return /[,{[]$/.test(k[4] ?? '') ? null : { indent: k[1]!.length, dash: k[2]?.length ?? 0, key: k[3]!, value: k[4] ?? null, start, end };
  const item = ITEM_LINE.exec(s);
  return item ? { indent: item[1]!.length, dash: s.indexOf('-') - item[1]!.length + 2, key: null, value: item[2]!, start, end } : null;
}

/** The YAML lines around the one at `at`: up and down while lines read as YAML (blank lines end the block). */
function blockAround(text: string, at: number): Line[] {
  const splunk = text.indexOf(' [-]') >= 0 || text.indexOf(' [+]') >= 0;
  const lineStart = (i: number) => text.lastIndexOf('\n', i - 1) + 1;
  const lineEnd = (i: number) => (text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i));
  const up: Line[] = [];
  for (let s = lineStart(at); s > 0 && up.length < MAX_LINES; ) {
    const prev = lineStart(s - 1);
    const line = readLine(text, prev, s - 1, splunk);
    if (!line) break;
    if (line !== SKIP) up.push(line);
    s = prev;
  }
  const down: Line[] = [];
  for (let s = lineStart(at); s <= text.length && down.length < MAX_LINES; ) {
    const e = lineEnd(s);
    const line = readLine(text, s, e, splunk);
    if (!line) break;
    if (line !== SKIP) down.push(line);
    s = e + 1;
  }
  return [...up.reverse(), ...down];
}

function scalar(line: Line, raw: string): Loose {
  const quoted = /^(['"])(.*)\1$/.exec(raw);
  const v = quoted ? quoted[2]! : raw;
  const isBare = !quoted && /^(?:null|~|true|false|-?\d+(?:\.\d+)?)$/.test(v);
  return isBare ? { t: 'b', start: line.start, end: line.end, v: v === '~' ? 'null' : v } : { t: 's', start: line.start, end: line.end, v };
}

class BlockReader {
  i = 0;
  constructor(readonly lines: Line[]) {}

  /** A map whose keys sit at `indent` (the first key may follow a list item's dash). */
  map(indent: number, node: LooseObject = { t: 'o', start: this.lines[this.i]!.start, end: 0, keys: [], vals: [] }): LooseObject {
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      const at = line.indent + line.dash;
      if (at !== indent || line.key === null || (line.dash > 0 && node.keys.length > 0)) break;
      this.i++;
      node.keys.push(line.key);
      node.vals.push(line.value !== null ? scalar(line, line.value) : this.nested(indent, line));
      node.end = this.lines[this.i - 1]!.end;
    }
    return node;
  }

  private nested(indent: number, owner: Line): Loose {
    const next = this.lines[this.i];
    // A list may sit at its key's own indentation (`items:` / `- a`), a nested map must sit deeper.
    if (next && next.dash > 0 && next.indent >= indent) return this.list(next.indent);
    if (next && next.indent > indent) return this.map(next.indent);
    return { t: 'b', start: owner.start, end: owner.end, v: 'null' };
  }

  list(indent: number): LooseArray {
    const node: LooseArray = { t: 'a', start: this.lines[this.i]!.start, end: 0, items: [] };
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      if (line.dash === 0 || line.indent !== indent) break;
      if (line.key === null) {
        this.i++;
        node.items.push(scalar(line, line.value ?? ''));
      } else {
        const item: LooseObject = { t: 'o', start: line.start, end: line.end, keys: [], vals: [] };
        // The item's first key follows the dash; its further keys sit under it.
        this.map(line.indent + line.dash, item);
        node.items.push(item);
      }
      node.end = this.lines[this.i - 1]!.end;
    }
    return node;
  }
}

/** The YAML maps around every `errorCode:` (or decoded `allowed: false`) line of the text, outermost first. */
export function yamlRecords(input: string): LooseObject[] {
  // Bullets a chat re-indented by one space (`•errorCode: …` ⏎ ` •eventName: …`) are one list: the space moves
  // behind the bullet, which keeps every offset.
  const text = input.indexOf('•') >= 0 ? input.replace(/^ •/gm, '• ') : input;
  const out: LooseObject[] = [];
  let coveredTo = -1;
  ERROR_CODE_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ERROR_CODE_LINE.exec(text))) {
    if (m.index <= coveredTo) continue;
    const lines = blockAround(text, m.index + m[0].length - 1);
    if (lines.length < 2) continue;
    const reader = new BlockReader(lines);
    while (reader.i < lines.length) {
      const before = reader.i;
      const line = lines[reader.i]!;
      // A list of records (`- eventVersion: …`) or one record's map.
      if (line.dash > 0) {
        const items = reader.list(line.indent).items;
        // A bulleted list of one record's fields (`- errorCode: AccessDenied` ⏎ `- eventName: GetResources`): every item
        // a map of one key, no key twice — one record, not a list of records.
        const fields = fieldList(items);
        if (fields) out.push(fields);
        else for (const item of items) if (item.t === 'o') out.push(item);
      } else {
        const node = reader.map(line.indent);
        if (node.keys.length > 0) out.push(node);
      }
      if (reader.i === before) reader.i++;
    }
    coveredTo = lines[lines.length - 1]!.end;
  }
  // A rule or filter that matches on the code (`condition: {errorCode: AccessDenied, eventSource: …}`) is no record:
  // a record names its call or its caller.
  return out.filter(holdsRecord);
}

function fieldList(items: Loose[]): LooseObject | null {
  if (items.length < 2) return null;
  const merged: LooseObject = { t: 'o', start: items[0]!.start, end: items[items.length - 1]!.end, keys: [], vals: [] };
  for (const item of items) {
    if (item.t !== 'o' || item.keys.length !== 1 || merged.keys.includes(item.keys[0]!)) return null;
    merged.keys.push(item.keys[0]!);
    merged.vals.push(item.vals[0]!);
  }
  return merged;
}

function holdsRecord(node: Loose): boolean {
  if (node.t === 'a') return node.items.some(holdsRecord);
  if (node.t !== 'o') return false;
  // Keys as a tool printed them (`EventName:` in a lookup-events summary): compared without case.
  const keys = node.keys.map((k) => k.toLowerCase());
  if (keys.includes('errorcode') && (keys.includes('eventname') || keys.includes('useridentity'))) return true;
  if (keys.includes('allowed') && keys.includes('context')) return true;
  return node.vals.some(holdsRecord);
}
