import { describe, expect, it } from 'vitest';
import { operationOf } from '../../../lib/parse/operation-of';
import { P, type Fields } from '../../../lib/parse/types';

const fields = (v: string, p: number): Fields => ({ operation: { v, p } }) as Fields;

describe('operationOf', () => {
  it('keeps an operation the text names, whatever the action', () => {
    expect(operationOf(fields('ListObjectsV2', P.envelope), 's3:ListBucket')).toBe('ListObjectsV2');
  });

  it('keeps a guessed operation that is the denied call, drops one naming another call', () => {
    expect(operationOf(fields('PutObject', P.hint), 's3:PutObject')).toBe('PutObject');
    expect(operationOf(fields('ExecuteChangeSet', P.hint), 'iam:CreateRole')).toBeNull();
    expect(operationOf(fields('ExecuteChangeSet', P.hint), null)).toBe('ExecuteChangeSet');
  });
});
