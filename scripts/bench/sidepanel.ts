// Side panel time to first render with 10,000 history records, in Chromium with the built extension: the panel
// opened fresh each run, measured from navigation start to the first history rows on screen (the
// `why-denied:history-rendered` mark), and to the whole history being searchable (counts show every record).
// An empty history is measured in the same run for scale. Medians of several runs; the machine is shared and noisy.
import { fingerprint } from '../../lib/history/fingerprint';
import type { Finding, HistoryRecord } from '../../lib/model';
import { launchWithExtension } from '../support/browser';
import { median } from '../support/median';

const RECORDS = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);


const SERVICES = ['s3', 'kms', 'ec2', 'dynamodb', 'sqs', 'lambda', 'iam', 'sts'];
const LAYERS = ['identity', 'resource', 'scp', 'boundary', 'session', 'unknown'] as const;

function record(i: number): HistoryRecord {
  const service = SERVICES[i % SERVICES.length]!;
  const finding: Finding = {
    category: 'access-denied',
    principal: `arn:aws:sts::111122223333:assumed-role/Team${i % 40}/user${i % 300}`,
    principalType: 'assumed-role',
    accountId: '111122223333',
    action: `${service}:Action${i % 50}`,
    resource: `arn:aws:${service}:us-east-1:111122223333:thing/${i}`,
    policyType: LAYERS[i % LAYERS.length]!,
    denyKind: 'implicit',
    policyArn: null,
    errorCode: 'AccessDenied',
    operation: `Action${i % 50}`,
    encoded: false,
    message: `User: arn:aws:sts::111122223333:assumed-role/Team${i % 40}/user${i % 300} is not authorized to perform: ${service}:Action${i % 50} on resource: arn:aws:${service}:us-east-1:111122223333:thing/${i}`,
  };
  const at = Date.UTC(2026, 0, 1) + i * 30_000;
  return { id: `bench-${i}`, fingerprint: fingerprint(finding), finding, firstSeenAt: at, lastSeenAt: at, count: 1 + (i % 5), pageUrl: null, source: 'console' };
}

async function main() {
  const browser = await launchWithExtension();
  try {
    const base = `chrome-extension://${browser.extensionId}/sidepanel.html`;
    const page = await browser.context.newPage();
    await page.goto(base);

    async function measure(expected: number): Promise<{ first: number; full: number }[]> {
      const out: { first: number; full: number }[] = [];
      for (let run = 0; run < RUNS; run++) {
        const p = await browser.context.newPage();
        await p.goto(base);
        await p.waitForFunction(() => performance.getEntriesByName('why-denied:history-rendered').length > 0, null, { timeout: 30_000 });
        const label = expected.toLocaleString('en-US');
        await p.waitForFunction((label) => document.querySelector('[data-testid=history-counts]')?.textContent?.includes(` of ${label} denials`) ?? false, label, { timeout: 30_000 });
        const full = await p.evaluate(() => performance.now());
        const first = await p.evaluate(() => performance.getEntriesByName('why-denied:history-rendered')[0]!.startTime);
        out.push({ first, full });
        await p.close();
      }
      return out;
    }

    const empty = await measure(0);

    // Seed 10,000 records straight into the extension's database (same origin as the panel page).
    const records = Array.from({ length: RECORDS }, (_, i) => record(i));
    for (let i = 0; i < records.length; i += 2000) {
      const chunk = records.slice(i, i + 2000);
      await page.evaluate(
        (chunk) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('why-denied');
            open.onsuccess = () => {
              const tx = open.result.transaction('findings', 'readwrite');
              for (const r of chunk) tx.objectStore('findings').put(r);
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
            open.onerror = () => reject(open.error);
          }),
        chunk,
      );
    }
    const full = await measure(RECORDS);

    const ms = (n: number) => `${n.toFixed(0)} ms`;
    const firstMedian = median(full.map((r) => r.first));
    const emptyMedian = median(empty.map((r) => r.first));
    console.log(`sidepanel: time to first render with ${RECORDS.toLocaleString('en-US')} history records: median ${ms(firstMedian)} (${RUNS} runs, min ${ms(Math.min(...full.map((r) => r.first)))}, max ${ms(Math.max(...full.map((r) => r.first)))})`);
    console.log(`sidepanel: all ${RECORDS.toLocaleString('en-US')} records loaded and searchable: median ${ms(median(full.map((r) => r.full)))}`);
    console.log(`sidepanel: empty history, same run: median ${ms(emptyMedian)} first render — ratio ${(firstMedian / emptyMedian).toFixed(2)}×`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error('sidepanel bench failed:', error);
  process.exit(1);
});
