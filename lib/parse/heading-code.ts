// A troubleshooting page's heading that names the code ("### Error: AccessDeniedException on CreateEndpointConfig",
// "### Problème 1: \"AccessDenied\" ou …") above the message it quotes in a block: the code of that message, which
// prints none itself. (The heading is the page's, a blank line and a fence away: no wrapper reaches across them.)
import type { Finding } from '../model';

const HEADING_CODE = /^[ \t]{0,3}#{1,6}[ \t][^\n]{0,200}?\b(AccessDenied(?:Exception)?|UnauthorizedOperation|AccessDeniedFault)\b[^\n]{0,200}$/gm;
const MAX_LINES_BETWEEN = 4;

export function withHeadingCodes(normalized: string, findings: Finding[]): Finding[] {
  if (normalized.indexOf('#') < 0 || !findings.some((f) => f.errorCode === null && f.category === 'access-denied')) return findings;
  const headings: Array<{ end: number; code: string }> = [];
  HEADING_CODE.lastIndex = 0;
  for (let m = HEADING_CODE.exec(normalized); m && headings.length < 50; m = HEADING_CODE.exec(normalized)) {
    headings.push({ end: m.index + m[0].length, code: m[1]! });
  }
  if (headings.length === 0) return findings;
  for (const f of findings) {
    if (f.errorCode !== null || f.category !== 'access-denied' || !f.message) continue;
    const at = normalized.indexOf(f.message.slice(0, 200));
    // The nearest heading above the message, with only a few lines (a blank one, a fence) between them.
    const heading = headings.filter((h) => h.end <= at).pop();
    if (!heading || normalized.slice(heading.end, at).split('\n').length - 1 > MAX_LINES_BETWEEN) continue;
    f.errorCode = heading.code;
  }
  return findings;
}
