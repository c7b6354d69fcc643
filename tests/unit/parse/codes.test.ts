// The one owner of "what an error code means": its bare name, its namespace-free name, its kind and category.
import { describe, expect, it } from 'vitest';
import { BARE_CODE_SOURCE, CODE_GATES, bareCode, categoryOfCode, codeKind, codeName } from '../../../lib/parse/codes';
import { parse } from '../../../lib/parse/index';

describe('error codes', () => {
  it.each([
    ['com.amazon.coral.service#AccessDeniedException', 'AccessDeniedException'],
    ['AccessDenied...', 'AccessDenied'],
    ['ExpiredToken.', 'ExpiredToken'],
    ['AccessDenied', 'AccessDenied'],
  ])('bareCode(%s) = %s', (raw, bare) => expect(bareCode(raw)).toBe(bare));

  it.each([
    ['KMS.AccessDeniedException', 'AccessDeniedException'],
    ['Client.UnauthorizedOperation', 'UnauthorizedOperation'],
  ])('codeName(%s) equals codeName(%s): a namespace does not make another error', (a, b) => {
    expect(codeName(a)).toBe(codeName(b));
  });

  it('every name BARE_CODE_SOURCE lists holds one of CODE_GATES, so skipping a text without them changes no result', () => {
    const names = BARE_CODE_SOURCE.replace(/\(\?:Client\\\.\)\?/, '').replace(/\(\?:Exception\)\?/g, '').replace(/^\(\?:|\)$/g, '').replace(/^\(\?:/, '').split('|');
    expect(names.length).toBeGreaterThan(15);
    for (const name of names) expect(CODE_GATES.some((g) => name.toLowerCase().includes(g)), name).toBe(true);
    // A paste cut right after the code still reads as that code.
    expect(parse('Error: SharedCredsLoad: failed to load')[0]).toMatchObject({ category: 'credentials', errorCode: 'SharedCredsLoad' });
  });

  it('codeName tells different codes apart', () => {
    expect(codeName('AccessDenied')).not.toBe(codeName('AccessDeniedException'));
    expect(codeName('ExpiredToken')).not.toBe(codeName('ExpiredTokenException'));
  });

  it.each([
    ['AccessDenied', 'auth', 'access-denied'],
    ['KMS.AccessDeniedException', 'auth', 'access-denied'],
    ['Client.UnauthorizedOperation', 'auth', 'access-denied'],
    ['403 Forbidden', 'auth', 'access-denied'],
    ['ExpiredToken', 'credentials', 'credentials'],
    ['InvalidClientTokenId', 'credentials', 'credentials'],
    ['SignatureDoesNotMatch', 'credentials', 'credentials'],
    ['ThrottlingException', 'other', null],
    ['ValidationException', 'other', null],
    ['NoSuchKey', 'other', null],
    ['SomethingElse', 'unknown', null],
  ])('%s is %s', (code, kind, category) => {
    expect(codeKind(code)).toBe(kind);
    expect(categoryOfCode(code)).toBe(category);
  });
});
