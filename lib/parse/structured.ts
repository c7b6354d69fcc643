// The JSON-ish values of a text, read once and shared by the families that read structured input (CloudTrail
// records, decoded authorization messages, Access Troubleshooter answers, Kubernetes Status objects).
//
// Only texts that name one of those shapes' keys are read at all (a gate word check, far cheaper than a JSON
// read), and then each value is read once from left to right: a value ends where the reader stops, and the next
// one starts after it, so the work is linear in the text however garbled it is.
import { mentionsAny } from './gate';
import { LooseReader, type Loose, type LooseObject } from './loose-json';
import type { Scan } from './types';
import { kvRecords } from './kv-record';
import { yamlRecords } from './yaml-block';

// An errorCode key whose separator is not JSON's quoted colon: `=`, `=>`, ` : `, a table cell, an aligned column, or
// a flow-style `errorCode: X,`.
// …also a hand-written list's quoted value (`- ErrorCode: 'AccessDenied'`), and a JavaScript object's or a Go struct's
// print of the record (`errorCode: "AccessDenied",`).
const KV_HINT = /errorCode(?:[ \t]*(?:=>?|\|)|[ \t]{2,}\S|[ \t]+:|:[ \t]*[^\s"',{]+[ \t]*[,;]|:[ \t]*'[A-Za-z][\w.:-]{1,100}'[ \t]*(?:,|\n|$)|:[ \t]*"[A-Za-z][\w.:-]{1,100}"[ \t]*,)/i;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Keys (lower case) of the structured shapes: a text without any of them holds nothing to read here. */
// (`"api"`: Security Lake's OCSF records, ocsf-record.ts.)
const SHAPE_WORDS = ['errorcode', 'error_code', 'explicitdeny', 'matchedstatements', 'evaluatedeffect', 'decodedmessage', '"allowed"', 'allowed: false', 'reason', '"api"', '"consolelogin"'];

/** The top-level values of the text (read on first use, then cached on the scan). */
export function structuredValues(scan: Scan): Loose[] {
  if (scan.structured) return scan.structured;
  const roots: Loose[] = [];
  scan.structured = roots;
  if (!mentionsAny(scan, SHAPE_WORDS)) return roots;
  const { text } = scan;
  // Records without braces to start from: YAML (yaml-block.ts), and keys and values in some other syntax
  // (kv-record.ts: logfmt, PowerShell, tables of fields, flow style).
  const yaml = (mentionsAny(scan, ['errorcode']) && /errorCode:[ \t]/.test(text)) || mentionsAny(scan, ['allowed: false']) ? yamlRecords(text) : [];
  const kv = mentionsAny(scan, ['errorcode']) && KV_HINT.test(text) ? kvRecords(text).filter((r) => !yaml.some((y) => overlaps(y, r))) : [];
  const textRecords = [...yaml, ...kv];
  if (!mentionsAny(scan, ['{', '['])) {
    roots.push(...textRecords);
    return roots;
  }
  const reader = new LooseReader(text);
  let from = 0;
  for (let guard = 0; guard < 100_000; guard++) {
    const brace = text.indexOf('{', from);
    const bracket = text.indexOf('[', from);
    const at = brace < 0 ? bracket : bracket < 0 ? brace : Math.min(brace, bracket);
    if (at < 0) break;
    reader.pos = at;
    const value = reader.value();
    if (value && (value.t === 'o' || value.t === 'a') && (value.t === 'o' ? value.keys.length > 0 : value.items.length > 0)) {
      roots.push(value);
    }
    from = Math.max(at + 1, reader.pos);
  }
  if (textRecords.length === 0) return roots;
  // In text order (the families walk values left to right), a record inside a JSON value left to the JSON.
  const outside = textRecords.filter((y) => !roots.some((r) => r.start <= y.start && y.end <= r.end));
  roots.push(...outside);
  roots.sort((a, b) => a.start - b.start);
  return roots;
}

/** Every object in the values, outermost first, in text order. */
export function eachObject(values: Loose[], fn: (node: LooseObject) => void): void {
  const stack: Loose[] = [];
  for (let i = values.length - 1; i >= 0; i--) stack.push(values[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.t === 'o') {
      fn(node);
      for (let i = node.vals.length - 1; i >= 0; i--) {
        const child = node.vals[i]!;
        if (child.t === 'o' || child.t === 'a') stack.push(child);
      }
    } else if (node.t === 'a') {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const child = node.items[i]!;
        if (child.t === 'o' || child.t === 'a') stack.push(child);
      }
    }
  }
}
