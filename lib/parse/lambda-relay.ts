// Lambda retelling another service's refusal in its own words:
//   Your access has been denied by EC2, please make sure your request credentials have permission to
//   DescribeSecurityGroups for sg-1111111. EC2 Error Code: UnauthorizedOperation. …
//   Lambda was unable to decrypt the environment variables because KMS access was denied. … KMS Exception:
//   UnrecognizedClientExceptionKMS Message: The security token included in the request is invalid.
// The first is a statement of its own, with the other service's code and message it quotes, which are no second
// denial; the SDK around it gives Lambda's code and call. The second adds KMS's
// own code, which Lambda glues to the next label.
import { categoryOfCode } from './codes';
import { each } from './find';
import { mentions } from './gate';
import { P, makeCore, makeWrapper, setField, type Scan } from './types';

const DENIED_BY =
  /Your\s{1,5}access\s{1,5}has\s{1,5}been\s{1,5}denied\s{1,5}by\s{1,5}[A-Za-z0-9 ]{2,40}?,\s{0,5}please\s{1,5}make\s{1,5}sure\s{1,5}your\s{1,5}request\s{1,5}credentials\s{1,5}have\s{1,5}permission\s{1,5}to\s{1,5}[A-Za-z0-9:]{2,100}\s{1,5}for\s{1,5}[^\s,;]{1,200}?(?=\.?(?:\s|$))(?:\.?\s{1,5}[A-Z0-9]{2,20}\s{1,3}Error\s{1,3}Code:\s{0,3}[A-Za-z.]{2,100}\.?(?:\s{1,5}[A-Z0-9]{2,20}\s{1,3}Error\s{1,3}Message:[^\n]{0,300}?(?:\.(?=\s|$)|(?=\n)|$))?)?/g;
const KMS_EXCEPTION = /KMS\s{1,5}Exception:\s{0,5}([A-Z][A-Za-z]{2,100}?)\s{0,5}KMS\s{1,5}Message:/g;

export function scanLambdaRelays(scan: Scan): void {
  const { text } = scan;
  if (mentions(scan, 'denied') && text.indexOf('request credentials') >= 0) {
    // One statement with the other service's code and message it quotes ("EC2 Error Code: UnauthorizedOperation. EC2
    // Error Message: You are not authorized to perform this operation."), which are no second denial.
    // The "for …" names what the other service was asked about (a bucket/key, a security group) in its own form, not
    // the resource of the denied call: the corpus leaves it out (r104), so does the finding.
    each(DENIED_BY, text, (m) => scan.pieces.push(makeCore(m.index, m.index + m[0].length, 'access-denied', false)));
  }
  if (text.indexOf('KMS Exception') >= 0) {
    each(KMS_EXCEPTION, text, (m) => {
      const category = categoryOfCode(m[1]!);
      if (!category) return;
      const w = makeWrapper(m.index, m.index + m[0].length, 'around', 600, category);
      setField(w, 'errorCode', m[1], P.structured);
      scan.pieces.push(w);
    });
  }
}
