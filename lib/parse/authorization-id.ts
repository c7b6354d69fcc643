// The IAM Access Troubleshooter suffix that 2026 denial messages of supported services end with (IAM User Guide,
// "Troubleshoot access denied error messages with authorization ID"):
//   … with an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/ExampleDenyPolicy.
//   Go to https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/EXAMPLE1a2b3c
//   for complete details, or call the GetRequestAuthorizationDetails API with the following authorization id:
//   EXAMPLE1a2b3c
// It adds the ID and the console link to the denial it ends (the sentence, an SDK envelope, a console alert, a
// CloudTrail record's errorMessage). A terminal may cut the link or the ID at its width; the link is everything
// between "Go to" and "for complete details" with the line breaks taken out, and an ID cut at the end of a line
// goes on with the next line when that line holds nothing else.
import { mentions } from './gate';
import { P, makeWrapper, setField, type Scan } from './types';

const ANCHOR = /authorization[\s-]{1,3}(?:details\/|id\s{0,3}:)/gi;
const GO_TO = /Go\s{1,5}to\s{1,5}(?=h)/gi;
const URL_START = /https:\/\/[A-Za-z0-9.-]{1,200}\.(?:aws\.amazon\.com|amazonaws\.cn|amazonaws-us-gov\.com)\//y;
const FOR_DETAILS = /\s{1,5}for\s{1,5}complete\b/y;
const LINK_ID = /#\/authorization-details\/([0-9A-Za-z]{4,128})$/;
const TAIL_ID = /authorization\s{1,3}id\s{0,3}:\s{0,5}([0-9A-Za-z]{4,128})/iy;

/** Where the wrapped message lies: the suffix ends the sentence it belongs to. */
const REACH = 600;

export function scanAuthorizationIds(scan: Scan): void {
  const { text } = scan;
  if (!mentions(scan, 'authorization-details/', 'authorization id')) return;
  ANCHOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  let covered = 0;
  while ((m = ANCHOR.exec(text))) {
    if (m.index < covered) continue;
    // The suffix starts at its "Go to" (up to 400 characters before the link's path) or at the ID's label.
    const from = Math.max(covered, m.index - 400);
    const head = text.slice(from, m.index);
    GO_TO.lastIndex = 0;
    let go: RegExpExecArray | null;
    let goAt = -1;
    while ((go = GO_TO.exec(head))) goAt = from + go.index + go[0].length;
    let start = m.index;
    let end = m.index + m[0].length;
    let url: string | null = null;
    let linkId: string | null = null;
    if (goAt >= 0) {
      URL_START.lastIndex = goAt;
      if (URL_START.test(text)) {
        const link = readLink(text, goAt);
        url = link.url;
        linkId = url ? (LINK_ID.exec(url)?.[1] ?? null) : null;
        start = text.lastIndexOf('Go', goAt) >= from ? text.lastIndexOf('Go', goAt) : goAt;
        end = Math.max(end, link.end);
      }
    }
    // "… with the following authorization id: <ID>" after the link (or on its own).
    const searchFrom = /id/i.test(m[0]) ? m.index : end;
    const zone = text.slice(searchFrom, Math.min(text.length, end + 400));
    const label = /authorization\s{1,3}id\s{0,3}:/i.exec(zone);
    let tailId: string | null = null;
    if (label) {
      const labelAt = searchFrom + label.index;
      TAIL_ID.lastIndex = labelAt;
      const t = TAIL_ID.exec(text);
      if (t) {
        tailId = t[1] ?? null;
        let idEnd = labelAt + t[0].length;
        // An ID cut at a line end, its rest alone on the next line.
        const rest = /^\r?\n([0-9A-Za-z]{1,128})[ \t]*(?:\r?\n|$)/.exec(text.slice(idEnd, idEnd + 140));
        if (rest && tailId && (!linkId || linkId === tailId + rest[1])) {
          tailId += rest[1];
          idEnd += rest[0].trimEnd().length;
        }
        end = Math.max(end, idEnd);
        if (goAt < 0) start = labelAt;
      }
    }
    const id = tailId ?? linkId;
    if (!id && !url) continue;
    const wrapper = makeWrapper(start, end, 'backward', REACH, 'access-denied');
    setField(wrapper, 'authorizationId', id, P.statement);
    setField(wrapper, 'authorizationUrl', url, P.statement);
    scan.pieces.push(wrapper);
    covered = end;
    ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, end);
  }
}

/** The console link after "Go to": up to "for complete details", line breaks inside it taken out. */
function readLink(text: string, at: number): { url: string | null; end: number } {
  let i = at;
  let url = '';
  const limit = Math.min(text.length, at + 1200);
  while (i < limit) {
    const c = text.charAt(i);
    if (c === '\n' || c === '\r') {
      // A line break inside the link: the link goes on when "for complete" follows somewhere after it.
      FOR_DETAILS.lastIndex = i;
      if (FOR_DETAILS.test(text)) break;
      const next = text.charAt(i + 1) === '\n' && c === '\r' ? i + 2 : i + 1;
      if (!/[A-Za-z0-9#/?=&%._~:-]/.test(text.charAt(next))) break;
      if (!/^[^\s]{1,600}\s{1,5}for\s{1,5}complete\b/.test(text.slice(next, next + 700))) break;
      i = next;
      continue;
    }
    if (/\s/.test(c) || c === '"' || c === "'" || c === '<' || c === '>' || c === '`' || c === ')') break;
    url += c;
    i++;
  }
  url = url.replace(/[.,;]+$/, '');
  return { url: /^https:\/\/[^\s]{8,}$/.test(url) && url.length <= 1000 ? url : null, end: i };
}
