// EC2 and the services on its API style (Auto Scaling, Elastic Beanstalk through CloudFormation…):
//   You are not authorized to perform this operation. Encoded authorization failure message: <blob>
// and the newer form that puts the whole API sentence between the two. The blob can only be read with
// `aws sts decode-authorization-message`, so the finding says `encoded: true` and carries what the text shows.
import { mentions } from './gate';
import { P, makeCore, makeWrapper, setField, type Scan } from './types';

const EC2_SENTENCE = /You\s{1,5}are\s{1,5}not\s{1,5}authori[sz]ed\s{1,5}to\s{1,5}perform\s{1,5}this\s{1,5}operation\b\.?/gi;
// A YAML value folds the label where it likes, indenting the next line (`failure⏎      message: …`).
const ENCODED = /Encoded\s{1,12}authori[sz]ation\s{1,12}failure\s{1,12}message\s{0,5}:?[ \t]{0,5}[A-Za-z0-9_\-.…<>]{0,20000}/gi;

export function scanEncoded(scan: Scan): void {
  if (!mentions(scan, 'operation', 'encoded')) return;
  const { text } = scan;
  let m: RegExpExecArray | null;
  // The sentence needs both words, the blob's label its own.
  if (mentions(scan, 'operation') && mentions(scan, 'authori')) {
    EC2_SENTENCE.lastIndex = 0;
    while ((m = EC2_SENTENCE.exec(text))) {
      // A statement of the denial itself: Auto Scaling wraps it in ValidationError, which must not overrule it.
      scan.pieces.push(makeCore(m.index, m.index + m[0].length, 'access-denied', true));
    }
  }
  if (!mentions(scan, 'encoded')) return;
  ENCODED.lastIndex = 0;
  while ((m = ENCODED.exec(text))) {
    // Instructions about it ("Decode the encoded authorization failure message per AWS docs") name no message: the
    // message itself is labelled with a colon, or starts the sentence.
    if (!/:/.test(m[0]) && /\b(?:the|an|this|decode|decoding|decoded)\s{1,3}$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // It follows the sentence it belongs to; alone (a truncated paste) it is still a denial report.
    const wrapper = makeWrapper(m.index, m.index + m[0].length, 'backward', 600, 'access-denied');
    setField(wrapper, 'encoded', true, P.statement);
    scan.pieces.push(wrapper);
  }
}
