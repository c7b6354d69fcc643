// A message kept in source code or printed as a string's pieces: the breaks between its literals undone (normalize.ts),
// so that the families read the message as printed.

// One string printed as adjacent literals, one per line (Python's pprint of a long string, implicit concatenation
// in source, or a `+` between them at either line end; pprint's pieces of a bytes value each start `b'`):
// `'… Encoded authorization failure '\n 'message: …'` is one text again. A next line that starts a key (`"next": …`,
// a JSON member after a dropped comma) is not a continuation.
const ADJACENT_LITERALS = /(['"])(?:[ \t]{0,3}\+)?\n[ \t]{0,120}(?:\+[ \t]{0,3})?b?\1(?![^'"\n]{0,200}\1[ \t]*:)/g;

// Two lines that are each a whole literal, the second starting a sentence with no space where they meet, are two strings
// (a box of example messages: `"Access denied to iam:ListAccountAliases"` ⏎ `"You don't have permission to …"`):
// pieces of one string break at a space, or inside a token (an ARN, a record's JSON).
function joinedLiterals(m: string, quote: string, at: number, all: string): string {
  if (/\s/.test(all.charAt(at - 1)) || !/^[A-Z][a-z]/.test(all.slice(at + m.length, at + m.length + 2)) || m.indexOf('+') >= 0) return '';
  const lineStart = all.lastIndexOf('\n', at - 1) + 1;
  const opening = all.indexOf(quote, lineStart);
  return opening < at && /^[ \t]*$/.test(all.slice(lineStart, opening)) ? m : '';
}

// A source's array of lines, each one literal, joined by breaks (`['An error occurred …:',⏎ `User: ${P} is …`]`):
// the message's own lines. (An array of single words, `['AccessDenied',⏎ 'UnauthorizedOperation']`, is a list of codes.)
const ARRAY_LINES = /['`],[ \t]*\n[ \t]{0,120}['`](?![^'`\n]{0,200}['`][ \t]*:)/g;

function arrayLine(m: string, at: number, all: string): string {
  return /^[ \t]*['`][^'`\n]*\s/.test(all.slice(all.lastIndexOf('\n', at) + 1, at + 1)) ? '\n' : m;
}

export function withoutLiteralBreaks(text: string): string {
  let out = text;
  if (out.indexOf("'\n") >= 0 || out.indexOf('"\n') >= 0 || out.indexOf('+\n') >= 0) out = out.replace(ADJACENT_LITERALS, joinedLiterals);
  if (out.indexOf("',") >= 0 || out.indexOf('`,') >= 0) out = out.replace(ARRAY_LINES, arrayLine);
  return out;
}
