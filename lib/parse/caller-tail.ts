// A denial cut right after its caller still names who was refused; the whole sentence is api-sentence.ts's.
// EC2's newer refusal names the caller after its own sentence: "You are not authorized to perform this operation.
// User: arn:aws:iam::…:user/x is not authorized to perform: ec2:DescribeVpcs …", pasted into a code comment up to the ARN.
// A log that cut the sentence after its "User:" ("AccessDeniedException: User: <ExecutionRole ARN>.") names the caller
// as its writer masked it.
import { wrapEach } from './match-pieces';
import { P, type Scan } from './types';

const CALLER = String.raw`(arn:aws[a-z-]{0,10}:(?:iam|sts)::[^\s"'\x60]{1,300}|<[^<>\n]{1,80}>)`;
const EC2_TAIL = new RegExp(String.raw`\bnot\s{1,3}authori[sz]ed\s{1,3}to\s{1,3}perform\s{1,3}this\s{1,3}operation\.\s{1,3}User:\s{1,3}${CALLER}(?=[ \t]*(?:$|\n|["'\x60]))`, 'g');
const CODE_TAIL = new RegExp(String.raw`\b(?:AccessDenied(?:Exception)?|UnauthorizedOperation):\s{1,3}User:\s{1,3}${CALLER}\.?(?=[ \t]*(?:$|\n|["'\x60]))`, 'g');

export function scanCallerTails(scan: Scan): void {
  const { text } = scan;
  if (text.indexOf('User:') < 0) return;
  if (text.indexOf('this operation.') >= 0) wrapEach(scan, EC2_TAIL, 'around', 300, 'principal', P.hint);
  wrapEach(scan, CODE_TAIL, 'around', 300, 'principal', P.hint);
}
