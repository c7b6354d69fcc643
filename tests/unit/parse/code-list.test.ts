import { describe, expect, it } from 'vitest';
import { withoutCodeLists } from '../../../lib/parse/code-list';
import { parse } from '../../../lib/parse/index';
import { P, makeWrapper, setField, type Piece } from '../../../lib/parse/types';

/** A code wrapper for every listed code found in the text, as the families report them. */
function codePieces(text: string, codes: string[]): Piece[] {
  return codes.map((code) => {
    const at = text.indexOf(code);
    const w = makeWrapper(at, at + code.length, 'around', 300);
    setField(w, 'errorCode', code, P.prefix);
    return w;
  });
}

const FOUR = ['RequestTimeTooSkewed', 'SignatureDoesNotMatch', 'InvalidSignatureException', 'AuthFailure'];

describe('a line that lists codes by name', () => {
  it('drops every piece on a line naming four auth or credentials codes one after another', () => {
    const text = 'Skew shows up as:\nRequestTimeTooSkewed, SignatureDoesNotMatch | InvalidSignatureException or AuthFailure';
    expect(withoutCodeLists(text, codePieces(text, FOUR))).toEqual([]);
  });

  it('keeps them on another line, and where three are named', () => {
    const text = 'RequestTimeTooSkewed SignatureDoesNotMatch InvalidSignatureException AuthFailure\nAccessDenied: Access Denied';
    const pieces = codePieces(text, [...FOUR, 'AccessDenied']);
    expect(withoutCodeLists(text, pieces).map((p) => p.fields.errorCode?.v)).toEqual(['AccessDenied']);
    const three = 'RequestTimeTooSkewed SignatureDoesNotMatch InvalidSignatureException';
    expect(withoutCodeLists(three, codePieces(three, FOUR.slice(0, 3)))).toHaveLength(3);
  });

  it('keeps a message whose codes are followed by their text (a colon, a bracket)', () => {
    const text = 'RequestTimeTooSkewed: skew; SignatureDoesNotMatch: sig; InvalidSignatureException: x; AuthFailure: y';
    expect(withoutCodeLists(text, codePieces(text, FOUR))).toHaveLength(4);
  });

  it('counts no ordinary service error codes', () => {
    const codes = ['ValidationException', 'ThrottlingException', 'ResourceNotFoundException', 'AccessDenied'];
    const text = codes.join(' ');
    expect(withoutCodeLists(text, codePieces(text, codes))).toHaveLength(4);
  });
});

describe('a table of codes in source, one per row', () => {
  const table = [
    'tests := []struct{ name, errorCode string; want bool }{',
    '\t{name: "a", errorCode: "AccessDenied", want: true},',
    '\t{name: "b", errorCode: "AccessDeniedException", want: true},',
    '\t{name: "c", errorCode: "UnauthorizedOperation", want: true},',
    '\t{name: "d", errorCode: "ExpiredToken", want: true},',
    '}',
  ].join('\n');

  it('names codes and reports none', () => {
    expect(parse(table)).toEqual([]);
  });

  it('keeps a paragraph that prints a message among them, and the next paragraph', () => {
    const withMessage = `${table}\nAccessDenied: User: arn:aws:iam::111122223333:user/u is not authorized to perform: s3:GetObject`;
    expect(parse(withMessage)[0]).toMatchObject({ action: 's3:GetObject' });
    expect(parse(`${table}\n\nerror: {"errorCode": "AccessDenied", "errorMessage": "Access Denied"}`)).toHaveLength(1);
  });
});
