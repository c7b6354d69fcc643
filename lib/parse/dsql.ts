// Aurora DSQL refuses a connection in PostgreSQL's own words: "FATAL: unable to accept connection, access denied",
// its HINT saying why — the IAM sentence ("User: arn:… is not authorized to perform: dsql:DbConnectAdmin …", read by
// api-sentence.ts) or the database role that may not use that action ("Wrong user to action mapping. user: admin,
// action: DbConnect": the admin role connects only with DbConnectAdmin, other roles with DbConnect).
import { each } from './find';
import { P, makeCore, setField, type Scan } from './types';

const REFUSED = /\bunable\s{1,3}to\s{1,3}accept\s{1,3}connection,\s{1,3}access\s{1,3}denied\b/g;
const MAPPING = /^[^]{0,300}?\bWrong\s{1,3}user\s{1,3}to\s{1,3}action\s{1,3}mapping\.\s{1,3}user:\s{0,3}([^\s,]{1,63}),\s{0,3}action:\s{0,3}([A-Za-z]{2,40})\b/;

export function scanDsql(scan: Scan): void {
  const { text } = scan;
  if (text.indexOf('unable to accept connection') < 0) return;
  each(REFUSED, text, (m) => {
    const end = m.index + m[0].length;
    const core = makeCore(m.index, end, 'access-denied', true);
    const mapping = MAPPING.exec(text.slice(end, end + 400));
    if (mapping) {
      setField(core, 'principal', mapping[1], P.prefix);
      setField(core, 'action', mapping[2], P.prefix);
      core.end = end + mapping[0].length;
    }
    scan.pieces.push(core);
  });
}
