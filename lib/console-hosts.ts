// The AWS Management Console hosts the extension works on, in every partition — and nothing else. Used for the
// content script's matches and the manifest's host permissions, so the two cannot drift apart.
export const CONSOLE_MATCHES: string[] = [
  // Commercial: console.aws.amazon.com, regional (us-east-1.console…), multi-session (<acct>-<id>.<region>.console…),
  // service subdomains (s3.console…), and the health dashboards (health.console…).
  'https://console.aws.amazon.com/*',
  'https://*.console.aws.amazon.com/*',
  // GovCloud (US).
  'https://console.amazonaws-us-gov.com/*',
  'https://*.console.amazonaws-us-gov.com/*',
  // China (Beijing, Ningxia).
  'https://console.amazonaws.cn/*',
  'https://*.console.amazonaws.cn/*',
  // AWS Health Dashboard (public and personal).
  'https://health.aws.amazon.com/*',
  'https://phd.aws.amazon.com/*',
];
