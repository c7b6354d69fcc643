// Facts about the console page a frame belongs to: which service it is (for the per-service card setting) and
// whether it is a log viewer (where tables list other people's past denials as data).

/** The console service a URL belongs to, e.g. `ec2`, `s3`, `iam`, `codecommit`, `console-home`; null off-console. */
export function consoleService(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase();
  if (host === 'health.aws.amazon.com' || host === 'phd.aws.amazon.com' || host.startsWith('health.console.')) {
    return 'health';
  }
  // s3.console.aws.amazon.com and friends: the service is the first label.
  const sub = /^([a-z0-9-]+)\.console\./.exec(host)?.[1];
  if (sub && !/^[a-z]{2}(?:-gov)?-[a-z]+-\d$/.test(sub) && !/^\d{12}-/.test(sub) && sub !== 'signin') {
    return clean(sub);
  }
  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  let first = segments[0]?.toLowerCase() ?? '';
  if (first === 'codesuite' || first === 'servicequotas') first = segments[1]?.toLowerCase() ?? first;
  if (first === 'console' || first === '') return 'console-home';
  if (first === 'vpcconsole') return 'vpc';
  if (first === 'cloudtrailv2') return 'cloudtrail';
  return clean(first);
}

function clean(name: string): string | null {
  const safe = name.replace(/[^a-z0-9-]/g, '').slice(0, 40);
  return safe === '' ? null : safe;
}

/** A readable service name for the card's "turn off on …" button. */
export function serviceLabel(service: string): string {
  const known: Record<string, string> = {
    'console-home': 'Console Home',
    ec2: 'EC2',
    s3: 'S3',
    iam: 'IAM',
    kms: 'KMS',
    ecr: 'ECR',
    vpc: 'VPC',
    rds: 'RDS',
    sns: 'SNS',
    sqs: 'SQS',
    cloudwatch: 'CloudWatch',
    cloudformation: 'CloudFormation',
    cloudtrail: 'CloudTrail',
    lambda: 'Lambda',
    athena: 'Athena',
    billing: 'Billing',
    codecommit: 'CodeCommit',
    elasticbeanstalk: 'Elastic Beanstalk',
    dynamodbv2: 'DynamoDB',
    dynamodb: 'DynamoDB',
    health: 'Health',
  };
  return known[service] ?? service;
}

/**
 * Pages whose tables and text show log records: CloudTrail event history and Lake, CloudWatch Logs viewers. A denial
 * listed there happened to someone, earlier; it is data, not the viewer's own request failing. Banners on these
 * pages still count (the console denying the viewer's own LookupEvents is real).
 */
export function isLogViewer(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const path = parsed.pathname.toLowerCase();
  if (path.startsWith('/cloudtrail')) return true;
  if (path.startsWith('/cloudwatch')) return /logsv2|logeventviewer|log-events|logs-insights/i.test(parsed.hash);
  return false;
}
