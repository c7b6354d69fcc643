import { describe, expect, it } from 'vitest';
import { withoutCodeLists } from '../../../lib/parse/code-list';
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
