// Splits pretty-printed JSON into typed tokens for highlighting. The tokens are rendered as text nodes: a policy
// holding "<img onerror=…>" shows those characters and nothing else.
export type JsonTokenKind = 'key' | 'string' | 'number' | 'literal' | 'punct' | 'space';

export interface JsonToken {
  kind: JsonTokenKind;
  text: string;
}

const TOKEN = /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)|([{}[\],:])|(\s+)/gy;

export function tokenizeJson(json: string): JsonToken[] {
  const tokens: JsonToken[] = [];
  TOKEN.lastIndex = 0;
  let index = 0;
  while (index < json.length) {
    TOKEN.lastIndex = index;
    const m = TOKEN.exec(json);
    if (!m) {
      // Not JSON as JSON.stringify writes it: keep the rest as plain text rather than guess.
      tokens.push({ kind: 'punct', text: json.slice(index) });
      break;
    }
    if (m[1] !== undefined) {
      tokens.push({ kind: m[2] !== undefined ? 'key' : 'string', text: m[1] });
      if (m[2] !== undefined) tokens.push({ kind: 'punct', text: m[2] });
    } else if (m[3] !== undefined) tokens.push({ kind: 'number', text: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: 'literal', text: m[4] });
    else if (m[5] !== undefined) tokens.push({ kind: 'punct', text: m[5] });
    else tokens.push({ kind: 'space', text: m[6]! });
    index = TOKEN.lastIndex;
  }
  return tokens;
}
