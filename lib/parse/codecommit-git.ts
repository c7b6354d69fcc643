// git over HTTPS to CodeCommit refused: "fatal: unable to access 'https://git-codecommit.<region>.amazonaws.com/v1/repos/x/':
// The requested URL returned error: 403" (the status is the code). git says the same of any server: only CodeCommit's
// address makes it AWS's.
import { each } from './find';
import { coreEach } from './match-pieces';
import { P, makeCore, setField, type Scan } from './types';

// The repository's address may be cut by a terminal's wrap: the host is looked for with the line breaks taken out.
// (A writer's placeholder may stand for the region, `git-codecommit.<region>.amazonaws.com`; markdown italics may end
// right after the status, `…error: 403_`.)
const URL_403 = /The\s{1,3}requested\s{1,3}URL\s{1,3}returned\s{1,3}error:\s{1,3}(403)(?![0-9])/g;

// dulwich (dvc, scmrepo) says it its own way, the address after the status: "unexpected http resp 403 for
// https://git-codecommit.eu-west-2.amazonaws.com/v1/repos/x/info/refs?service=git-receive-pack".
const DULWICH_403 = /\bunexpected\s{1,3}http\s{1,3}resp\s{1,3}(403)\s{1,3}for\s{1,3}https:\/\/git-codecommit(?:-fips)?\.[a-z0-9-]{3,30}\.amazonaws\.com/g;

export function scanCodeCommit403(scan: Scan): void {
  if (scan.text.indexOf('http resp 403') >= 0) coreEach(scan, DULWICH_403, 'errorCode', P.prefix);
  if (scan.text.indexOf('returned error: 403') < 0) return;
  each(URL_403, scan.text, (m) => {
    const before = scan.text.slice(Math.max(0, m.index - 600), m.index).replace(/\n[ \t]*/g, '');
    if (!/unable to access\s{0,3}'https:\/\/git-codecommit(?:-fips)?\.(?:[a-z0-9-]{3,30}|<[^<>\s]{1,30}>|\{[^{}\s]{1,30}\})\.amazonaws\.com(?:\.cn)?\/[^'\s]{0,500}':\s{0,3}$/.test(before)) return;
    const core = makeCore(m.index, m.index + m[0].length, 'access-denied', false);
    setField(core, 'errorCode', m[1], P.prefix);
    scan.pieces.push(core);
  });
}
