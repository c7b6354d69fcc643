// EC2's newer refusal names the caller after its own sentence: "You are not authorized to perform this operation.
// User: arn:aws:iam::…:user/x is not authorized to perform: ec2:DescribeVpcs …". A paste cut right after the ARN (a
// code comment, a truncated log line) still names who was refused; the whole sentence is api-sentence.ts's.
import { wrapEach } from './match-pieces';
import { P, type Scan } from './types';

const CALLER_TAIL = /\bnot\s{1,3}authori[sz]ed\s{1,3}to\s{1,3}perform\s{1,3}this\s{1,3}operation\.\s{1,3}User:\s{1,3}(arn:aws[a-z-]{0,10}:(?:iam|sts)::[^\s"'`]{1,300})(?=[ \t]*(?:$|\n|["'`]))/g;

export function scanEc2CallerTail(scan: Scan): void {
  if (scan.text.indexOf('this operation.') >= 0 && scan.text.indexOf('User:') >= 0) wrapEach(scan, CALLER_TAIL, 'around', 300, 'principal', P.hint);
}
