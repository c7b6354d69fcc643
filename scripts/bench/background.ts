// Explain latency in the built Chrome extension's background (`npm run bench`), as the popup, the side panel and a
// card's Copy fix meet it: the time from sending the Contract 4 explain message to its answer, measured in an
// extension page. Cold: the first explanation after the browser (and its service worker) started, which reads the
// service's IAM data file; warm: the same request again, and a request for another finding of a loaded service.
// Medians over fresh browsers (cold) and repeated requests (warm); the machine is shared, so read the medians.
import type { Finding } from '../../lib/model';
import { launchWithExtension } from '../support/browser';
import { median } from '../support/median';

const LAUNCHES = Number(process.env.BENCH_RUNS ?? 7);
const WARM = 30;


const finding = (action: string, resource: string, operation: string): Finding => ({
  category: 'access-denied',
  principal: 'arn:aws:sts::111122223333:assumed-role/Dev/alice',
  principalType: 'assumed-role',
  accountId: '111122223333',
  action,
  resource,
  policyType: 'identity',
  denyKind: 'implicit',
  policyArn: null,
  errorCode: 'AccessDenied',
  operation,
  encoded: false,
  message: `User: arn:aws:sts::111122223333:assumed-role/Dev/alice is not authorized to perform: ${action} on resource: "${resource}" because no identity-based policy allows the ${action} action`,
});
const S3 = finding('s3:GetObject', 'arn:aws:s3:::my-bucket/reports/q1.csv', 'GetObject');
const S3_OTHER = finding('s3:ListBucket', 'arn:aws:s3:::my-bucket', 'ListObjectsV2');
const EC2 = finding('ec2:RunInstances', 'arn:aws:ec2:us-east-1:111122223333:instance/*', 'RunInstances');

type Timer = (f: Finding) => Promise<number>;

async function inBrowser<T>(run: (time: Timer) => Promise<T>): Promise<T> {
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const time: Timer = (f) =>
      page.evaluate(async (finding) => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime;
        const t0 = performance.now();
        const reply = await runtime.sendMessage({ type: 'explain', finding, lang: 'en' });
        if (!reply?.ok) throw new Error('explain failed');
        return performance.now() - t0;
      }, f);
    return await run(time);
  } finally {
    await browser.close();
  }
}

const cold: number[] = [];
const coldEc2: number[] = [];
const warmSame: number[] = [];
const warmOther: number[] = [];
for (let i = 0; i < LAUNCHES; i++) {
  await inBrowser(async (time) => {
    cold.push(await time(S3));
    coldEc2.push(await time(EC2));
    if (i === 0) {
      for (let k = 0; k < WARM; k++) warmSame.push(await time(S3));
      for (let k = 0; k < WARM; k++) warmOther.push(await time(S3_OTHER));
    }
  });
}
const ms = (n: number) => `${n.toFixed(1)} ms`;
const out: string[] = [];
out.push(`Explain in the Chrome background — Contract 4 message round trip from an extension page, ${LAUNCHES} fresh browsers`);
out.push('');
out.push('| request | median |');
out.push('|---|---:|');
out.push(`| cold: first explanation after start (s3:GetObject; reads s3 and kms IAM files) | ${ms(median(cold))} |`);
out.push(`| cold service: first ec2:RunInstances after s3 (reads the largest file, ec2) | ${ms(median(coldEc2))} |`);
out.push(`| warm: the same request again (median of ${WARM}) | ${ms(median(warmSame))} |`);
out.push(`| warm: another finding of a loaded service (median of ${WARM}) | ${ms(median(warmOther))} |`);
process.stdout.write(out.join('\n') + '\n');
