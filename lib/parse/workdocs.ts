// Amazon WorkDocs' own refusal (UnauthorizedResourceAccessException): "Principal [arn:aws:iam::…:user/ana] is not
// allowed to execute [workdocs:DescribeUsers] on the resource" — the caller and the action in brackets.
import { coreEach } from './match-pieces';
import { P, type Scan } from './types';

const NOT_ALLOWED_TO_EXECUTE =
  /\bPrincipal\s{1,5}\[([^\]\s]{3,500})\]\s{1,5}is\s{1,5}not\s{1,5}allowed\s{1,5}to\s{1,5}execute\s{1,5}\[([a-z0-9-]{2,40}:[A-Za-z][A-Za-z0-9]{1,127})\]/g;

export function scanWorkDocs(scan: Scan): void {
  // (Word by word: a wrap may fall between any two of them.)
  if (scan.text.indexOf('execute') < 0 || scan.text.indexOf('Principal') < 0) return;
  coreEach(scan, NOT_ALLOWED_TO_EXECUTE, ['principal', 'action'], P.statement, true);
}
