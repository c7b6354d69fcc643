// A sweep across services, resource types, layers, deny kinds and principals (role session, Identity Center,
// user, masked account, root): every policy fix must be confirmed by the IAM engine. A deterministic sample kept
// small for the suite; a denser sweep (every 12th action of these services) passed as well.
import { describe, expect, it } from 'vitest';
import { explainWith } from '../../../lib/explain/core';
import { fillTemplate } from '../../../lib/iam/arn-template';
import type { PolicyType } from '../../../lib/model';
import { checkExplanation } from '../../support/fix-check';
import { allServices } from '../iam/all-services';
import { sentence, SESSION } from './support';

const SERVICES = ['s3', 'ec2', 'iam', 'lambda', 'dynamodb', 'sqs', 'sns', 'kms', 'secretsmanager', 'ecr', 'logs', 'cloudformation', 'ssm', 'glue', 'athena', 'bedrock', 'states', 'events', 'rds', 'eks', 'ecs', 'codebuild', 'kinesis', 'firehose', 'apigateway', 'cloudwatch', 'route53', 'elasticloadbalancing', 'sagemaker', 'organizations'];
const PRINCIPALS = [
  SESSION,
  'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_0123456789abcdef/alice@example.com',
  'arn:aws:iam::111122223333:user/bob',
  'arn:aws:sts::XXXXXXXXXXXX:assumed-role/ci/build',
  'arn:aws:iam::111122223333:root',
];
const LAYERS: PolicyType[] = ['identity', 'resource', 'scp', 'boundary', 'session', 'vpce', 'rcp', 'unknown'];

describe('engine sweep', () => {
  it('confirms every policy fix across services, layers and principals', async () => {
    const iam = allServices();
    const failures: string[] = [];
    let checked = 0;
    let n = 0;
    const combos = LAYERS.flatMap((layer) => (['implicit', 'explicit'] as const).map((denyKind) => ({ layer, denyKind })));
    for (const [si, service] of SERVICES.entries()) {
      const actions = iam.actionsOf(service);
      // Six of the sixteen layer × deny-kind combinations per service, rotating, each on another action.
      for (let k = 0; k < 6; k++) {
        const { layer, denyKind } = combos[(si * 6 + k) % combos.length] ?? { layer: 'identity' as const, denyKind: 'implicit' as const };
        const a = actions[(si * 31 + k * 17) % actions.length];
        if (!a) continue;
        const rt = a.resourceTypes.find((r) => r.required) ?? a.resourceTypes[0];
        // A type whose ARN field holds two forms (API Gateway's /apis and /restapis): the engine's data keeps them as
        // one joined string, so it types neither real ARN; the explainer's handling is tested in resource-shapes.
        if (rt && a.resourceTypes.some((r) => r.key === rt.key && r.arn !== rt.arn)) continue;
        const own = rt ? fillTemplate(rt.arn, { Partition: 'aws', Region: 'us-east-1', Account: '111122223333' }).arn.replace(/[A-Z][A-Z0-9_]+/g, (m) => m.toLowerCase().replace(/_/g, '-')) : '*';
        n++;
        const principal = PRINCIPALS[n % PRINCIPALS.length] ?? SESSION;
        const root = principal.endsWith(':root');
        // Combinations AWS never reports: session policies only limit sessions; the root user has no identity
        // policy, boundary or session; RCPs only deny.
        if (layer === 'session' && !principal.includes(':assumed-role/')) continue;
        if (root && !['scp', 'unknown', 'rcp'].includes(layer)) continue;
        if (layer === 'rcp' && denyKind === 'implicit') continue;
        const resource = n % 3 === 0 ? own.replace('111122223333', '444455556666') : n % 3 === 1 ? own : null;
        const f = sentence(principal, a.action, resource, { policyType: layer, denyKind: layer === 'unknown' && denyKind === 'implicit' ? 'unknown' : denyKind });
        const e = explainWith(f, iam, n % 2 ? 'en' : 'ja');
        if (!e.fixes.some((x) => x.policy || x.edit)) continue;
        const c = await checkExplanation(e);
        checked++;
        if (!c.confirmed) {
          failures.push(`${a.action} ${resource} ${layer}/${denyKind} ${principal}: ${c.checked.map((x) => x.skipped ?? x.probes.filter((p) => !p.ok).map((p) => `${p.what} → ${p.result}`).join('; ')).join(' | ')}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(120);
    expect(failures).toEqual([]);
  }, 120_000);
});
