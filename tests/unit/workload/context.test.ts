// The text around a finding: recognition reads the window next to the denial, so a long CI log's clues belong to
// the denial they sit beside, and a role-chaining call inside a workflow keeps the caller's own role.
import { describe, expect, it } from 'vitest';
import { contextAround, MAX_TEXT } from '../../../lib/workload/context';
import { guessWorkload } from '../../../lib/workload/index';
import { finding, session } from './finding';

describe('contextAround', () => {
  it('keeps a short context whole and drops empty ones', () => {
    const f = finding({ principal: session('r', 'fn') });
    expect(contextAround('short text', f)).toBe('short text');
    expect(contextAround('', f)).toBeNull();
    expect(contextAround(undefined, f)).toBeNull();
  });

  it('centres a long context on the finding, so a clue beside it is read and one far away is not', () => {
    const f = finding({ principal: session('orders-service', 'createOrderHandler'), action: 'sqs:SendMessage' });
    const filler = 'x'.repeat(60_000);
    const near = `${filler}\n  File "/var/task/handler.py", line 3\n${f.message}\n${filler}`;
    const window = contextAround(near, f)!;
    expect(window.length).toBe(MAX_TEXT);
    expect(window).toContain(f.message);
    expect(window).toContain('/var/task/');
    expect(guessWorkload(f, { context: near })?.kind).toBe('lambda');
    const far = `  File "/var/task/handler.py", line 3\n${filler}\n${f.message}\n${filler}`;
    expect(contextAround(far, f)).not.toContain('/var/task/');
    expect(guessWorkload(f, { context: far })).toBeNull();
  });

  it('falls back to the principal, then to the head, when the message is not in the text verbatim', () => {
    const f = finding({ principal: session('orders-service', 'createOrderHandler'), message: 'rewrapped text that is not in the log at all' });
    const log = `${'y'.repeat(40_000)}\n${f.principal}\n${'y'.repeat(40_000)}`;
    expect(contextAround(log, f)).toContain(f.principal!);
    const none = finding({ principal: null, resource: null, message: 'nowhere to be found in it' });
    expect(contextAround('z'.repeat(50_000), none)).toBe('z'.repeat(MAX_TEXT));
  });
});

describe('GitHub Actions role chaining', () => {
  it('a session the workflow holds calling AssumeRole keeps its own role, not the target', () => {
    const f = finding({
      principal: session('gha-base', 'GitHubActions'),
      action: 'sts:AssumeRole',
      resource: 'arn:aws:iam::123456789012:role/prod-deploy',
      message: 'User: arn:aws:sts::123456789012:assumed-role/gha-base/GitHubActions is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/prod-deploy',
    });
    const g = guessWorkload(f, { context: 'Run aws-actions/configure-aws-credentials@v4\ntoken.actions.githubusercontent.com' });
    expect(g?.kind).toBe('github-actions');
    expect(g?.roleArn).toBe('arn:aws:iam::123456789012:role/gha-base');
  });
});
