// Never silently worse: when a service's IAM data cannot be read, the explanation says so (en + ja), keeps the
// message's own ARNs, and never widens a fix to "*" because the data is missing.
import { describe, expect, it } from 'vitest';
import { formatExplanation } from '../../../lib/explain/format-text';
import { createExplain, explain } from '../../../lib/explain/index';
import { serviceLoaders } from '../../../lib/iam/generated/services.js';
import { createServiceLoader } from '../../../lib/iam/loader';
import type { Explanation, Lang } from '../../../lib/model';
import { parse } from '../../../lib/parse/index';

const brokenS3 = createExplain(
  createServiceLoader({
    known: (key) => key in serviceLoaders,
    read: async (key) => {
      if (key === 's3') throw new Error('chunk failed to load');
      return (await serviceLoaders[key]!()).default;
    },
  }).loadIndex,
);

const WITH_RESOURCE =
  'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: User: arn:aws:sts::123456789012:assumed-role/Dev/alice is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::reports" because no identity-based policy allows the s3:ListBucket action';
const WITHOUT_RESOURCE =
  'An error occurred (AccessDenied) when calling the GetBucketPolicy operation: User: arn:aws:sts::123456789012:assumed-role/Dev/alice is not authorized to perform: s3:GetBucketPolicy because no identity-based policy allows the s3:GetBucketPolicy action';

const first = (text: string) => {
  const f = parse(text)[0];
  if (!f) throw new Error('no finding');
  return f;
};
const resources = (e: Explanation) =>
  e.fixes.flatMap((f) => f.policy?.Statement ?? []).flatMap((s) => [s.Resource ?? []].flat());

describe.each<Lang>(['en', 'ja'])('explain with unreadable IAM data (%s)', (lang) => {
  it('says so plainly, once, and not as an unknown action', async () => {
    const e = await brokenS3(first(WITH_RESOURCE), { lang });
    expect(e.warnings).toHaveLength(1);
    expect(e.warnings?.[0]).toContain('s3');
    const notes = e.fixes.map((f) => f.note).join('\n');
    expect(notes).not.toMatch(/Service Authorization Reference this version knows|バージョンが参照しているサービス認可リファレンスに含まれていません/);
    expect(notes).toMatch(lang === 'ja' ? /IAM リファレンスデータ/ : /IAM reference data/);
    expect(formatExplanation(e).split('\n')[1]).toBe(`  ! ${e.warnings?.[0]}`);
  });

  it('keeps the ARN the message names', async () => {
    const e = await brokenS3(first(WITH_RESOURCE), { lang });
    expect(resources(e)).toContain('arn:aws:s3:::reports');
  });

  it('never widens a fix to "*" when the message names no resource', async () => {
    const broken = await brokenS3(first(WITHOUT_RESOURCE), { lang });
    expect(resources(broken)).not.toContain('*');
    expect(resources(broken)).toContain('RESOURCE_ARN');
    // With its data the same finding gets the bucket's ARN template, and no warning.
    const whole = await explain(first(WITHOUT_RESOURCE), { lang });
    expect(whole.warnings).toBeUndefined();
    expect(resources(whole).some((r) => r.startsWith('arn:aws:s3:::'))).toBe(true);
  });
});
