import { describe, expect, it } from 'vitest';
import { maskFinding, maskRecord, maskText } from '../../lib/privacy';
import { makeFinding, makeRecord } from './history/fixtures/findings';

describe('privacy masking', () => {
  it('masks account ids in ARNs, plain text and the console’s dashed form', () => {
    expect(maskText('arn:aws:iam::123456789012:role/Dev')).toBe('arn:aws:iam::ACCOUNT-ID:role/Dev');
    expect(maskText('Account 1234-5678-9012 is locked')).toBe('Account ACCOUNT-ID is locked');
    // Longer digit runs are not account ids.
    expect(maskText('request 12345678901234')).toBe('request 12345678901234');
  });

  it('masks session names of assumed roles, role unique ids and federated users, wherever they reappear', () => {
    const text =
      'User: arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Admin_1a2b/alice@example.com is not authorized. ' +
      'Signed in as alice@example.com (AROAEXAMPLEID1234567:alice@example.com); ' +
      'arn:aws:sts::123456789012:federated-user/bob.smith.';
    const masked = maskText(text);
    expect(masked).not.toContain('alice@example.com');
    expect(masked).not.toContain('bob.smith');
    expect(masked).not.toContain('123456789012');
    expect(masked).toContain('assumed-role/AWSReservedSSO_Admin_1a2b/SESSION-NAME is not authorized');
    expect(masked).toContain('federated-user/SESSION-NAME.');
    // The role name stays: the admin needs it.
    expect(masked).toContain('AWSReservedSSO_Admin_1a2b');
  });

  it('masks access key ids', () => {
    expect(maskText('key ASIAEXAMPLEKEY12345 expired')).toBe('key ACCESS-KEY-ID expired');
  });

  it('does not turn plain words into placeholders', () => {
    const text = 'arn:aws:sts::123456789012:assumed-role/Ops/admin — ask your admin to add the policy';
    expect(maskText(text)).toBe('arn:aws:sts::ACCOUNT-ID:assumed-role/Ops/SESSION-NAME — ask your admin to add the policy');
  });

  it('never uses wildcards as placeholders (a masked ARN must not widen a policy)', () => {
    expect(maskText('arn:aws:sts::123456789012:assumed-role/Dev/alice')).not.toMatch(/[*?]/);
  });

  it('masks a finding and a record in every field that can carry them', () => {
    const masked = maskFinding(makeFinding({ policyArn: 'arn:aws:iam::123456789012:policy/Deny' }));
    expect(JSON.stringify(masked)).not.toMatch(/123456789012|\/alice/);
    expect(masked.action).toBe('s3:ListBucket');
    const record = maskRecord(makeRecord(1, { pageUrl: 'https://123456789012-x1y2.us-east-1.console.aws.amazon.com/' }));
    expect(record.pageUrl).toBe('https://ACCOUNT-ID-x1y2.us-east-1.console.aws.amazon.com/');
    expect(new URL(record.pageUrl!).protocol).toBe('https:');
  });
});
