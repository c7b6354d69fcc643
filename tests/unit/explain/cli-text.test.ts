// The terminal entry end to end (lib/cli/run.ts without Node's I/O): the text shows the workload and the steps,
// and the surrounding input reaches recognition as context — the whole stdin, or each JSON line's own text.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../lib/cli/run';
import type { CliOptions } from '../../../lib/cli/args';
import type { Explanation } from '../../../lib/model';

async function run(options: Partial<CliOptions>, input: string): Promise<string> {
  let out = '';
  const code = await runCli({ command: 'explain', format: 'text', lang: 'en', ...options }, input, {
    out: (t) => void (out += t),
    err: () => undefined,
  });
  expect(code).toBe(0);
  return out;
}

const DENIAL =
  'An error occurred (AccessDeniedException) when calling the SendMessage operation: User: ' +
  'arn:aws:sts::111122223333:assumed-role/orders-service/createOrderHandler is not authorized to perform: ' +
  'sqs:SendMessage on resource: arn:aws:sqs:us-east-1:111122223333:orders because no identity-based policy allows the sqs:SendMessage action';
const LAMBDA_LOG = `START RequestId: 8f5e1c2a-1111-2222-3333-444455556666 Version: $LATEST\n[ERROR] ${DENIAL}\n  File "/var/task/handler.py", line 12, in handler\n`;

describe('cli explain', () => {
  it('prints the steps in order and names the workload the log around the denial shows', async () => {
    const text = await run({}, LAMBDA_LOG);
    expect(text).toContain('  Workload: Lambda function createOrderHandler (probably)');
    expect(text).toContain('\nSteps to check, in order\n  1. ');
    expect(text).toContain('aws lambda get-function-configuration --function-name createOrderHandler --region us-east-1 --query Role --output text');
    expect(text.indexOf('\n  1. ')).toBeLessThan(text.indexOf('\n  2. '));
    // Without the log lines, the denial sentence alone names no workload.
    expect(await run({}, DENIAL)).not.toContain('Workload:');
  });

  it('--jsonl reads each line with its own text as context', async () => {
    const lines = [JSON.stringify({ id: 'a', text: LAMBDA_LOG }), JSON.stringify({ id: 'b', text: DENIAL })].join('\n');
    const out = (await run({ format: 'jsonl' }, lines)).trim().split('\n').map((l) => JSON.parse(l) as { id: string; explanations: Explanation[] });
    expect(out.map((o) => o.id)).toEqual(['a', 'b']);
    expect(out[0]?.explanations[0]?.workload?.kind).toBe('lambda');
    expect(out[1]?.explanations[0]?.workload).toBeNull();
    expect(out[1]?.explanations[0]?.steps.length).toBeGreaterThan(3);
  });
});
