import { describe, expect, it } from 'vitest';
import { consoleService, isLogViewer, serviceLabel } from '../../../lib/detect/page';

describe('consoleService', () => {
  it.each([
    ['https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#Instances:', 'ec2'],
    ['https://111122223333-abcdefgh.us-east-1.console.aws.amazon.com/iam/home#/roles', 'iam'],
    ['https://s3.console.aws.amazon.com/s3/buckets', 's3'],
    ['https://console.aws.amazon.com/console/home', 'console-home'],
    ['https://us-east-1.console.aws.amazon.com/codesuite/codecommit/repositories', 'codecommit'],
    ['https://console.amazonaws-us-gov.com/vpcconsole/home', 'vpc'],
    ['https://cn-north-1.console.amazonaws.cn/lambda/home', 'lambda'],
    ['https://health.aws.amazon.com/health/home', 'health'],
    ['https://us-gov-west-1.console.amazonaws-us-gov.com/cloudtrailv2/home', 'cloudtrail'],
    ['not a url', null],
  ])('%s → %s', (url, service) => {
    expect(consoleService(url)).toBe(service);
  });

  it('labels known services', () => {
    expect(serviceLabel('ec2')).toBe('EC2');
    expect(serviceLabel('newthing')).toBe('newthing');
  });
});

describe('isLogViewer', () => {
  it('marks CloudTrail and CloudWatch Logs viewers only', () => {
    expect(isLogViewer('https://us-east-1.console.aws.amazon.com/cloudtrailv2/home?region=us-east-1#/events')).toBe(true);
    expect(isLogViewer('https://us-east-1.console.aws.amazon.com/cloudwatch/home#logsV2:log-groups')).toBe(true);
    expect(isLogViewer('https://us-east-1.console.aws.amazon.com/cloudwatch/home#alarmsV2:')).toBe(false);
    expect(isLogViewer('https://us-east-1.console.aws.amazon.com/ec2/home')).toBe(false);
  });
});
