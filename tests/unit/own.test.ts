import { describe, expect, it } from 'vitest';
import { passedToServiceForOperation, passRoleNeed } from '../../lib/iam/dependent-actions';
import { actionsForOperation, servicePrefixFromName } from '../../lib/iam/operations';
import { own } from '../../lib/own';

describe('own', () => {
  it('answers only a table’s own keys', () => {
    const table: Record<string, number> = { a: 1 };
    expect(own(table, 'a')).toBe(1);
    expect(own(table, '__proto__')).toBeUndefined();
    expect(own(table, 'constructor')).toBeUndefined();
    expect(own(table, 'toString')).toBeUndefined();
  });

  it('keeps Object’s members out of the IAM tables that message text is looked up in', () => {
    for (const key of ['__proto__', 'constructor', 'hasOwnProperty', 'valueOf']) {
      expect(passRoleNeed(key)).toBeNull();
      expect(passedToServiceForOperation(key)).toBeNull();
      expect(servicePrefixFromName(key)).toBeNull();
      expect(actionsForOperation(key, null)).toBeNull();
    }
    expect(actionsForOperation('__proto__', 's3')).toBeNull();
  });
});
