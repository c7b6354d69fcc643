// The console's own wording, read by the parser (the card, the popup and the CLI read it the same way).
import { describe, expect, it } from 'vitest';
import { consoleContext } from '../../../lib/parse/context-phrase';
import { parse } from '../../../lib/parse/index';
import { CONSOLE_EXAMPLES } from './console-examples';

describe('console alerts', () => {
  for (const ex of CONSOLE_EXAMPLES) {
    it(ex.name, () => {
      const findings = parse(ex.text);
      if (ex.expect === null) {
        expect(findings).toEqual([]);
        return;
      }
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject(ex.expect);
    });
  }
});

describe('Context line', () => {
  const table: Array<[string, string, string]> = [
    ['no identity-based policy allows the action', 'identity', 'implicit'],
    ['a service control policy explicitly denies the action', 'scp', 'explicit'],
    ['no permissions boundary allows the action', 'boundary', 'implicit'],
    ['an explicit deny in a resource-based policy', 'resource', 'explicit'],
    ['アクションを許可するセッションポリシーがありません', 'session', 'implicit'],
    ['ID ベースのポリシーでアクションが許可されていません', 'identity', 'implicit'],
    ['IDベースのポリシーはアクションを許可していません', 'identity', 'implicit'],
    ['サービスコントロールポリシーによってアクションが明示的に拒否されています', 'scp', 'explicit'],
    ['リソースコントロールポリシーで明示的な拒否', 'rcp', 'explicit'],
    ['VPC エンドポイントポリシーでアクションが許可されていません', 'vpce', 'implicit'],
    ['something else entirely', 'unknown', 'unknown'],
  ];
  for (const [value, policyType, denyKind] of table) {
    it(value, () => expect(consoleContext(value)).toEqual({ policyType, denyKind }));
  }
});
