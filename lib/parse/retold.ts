// A retold denial names the code and then the action it refused: "failed with AccessDenied on s3:GetObject",
// "`AccessDenied ... cloudformation:DescribeStackDriftDetectionStatus`", "AccessDeniedException (kms:Decrypt)", and may
// keep the resource after it ("AccessDeniedException ... ssm:TerminateSession on resource: .../session/x").
import { actionAt } from './text';

// Either may sit in its own code span ("produces `AccessDenied` on `sts:AssumeRole`").
// A code span may hold both with a colon between ("failed with `AccessDenied: iam:CreateRole`").
// A tool's own line may set them apart with a dash (Pacu: "Get policy failed: AccessDenied — iam:GetPolicy on policy/x").
const RETOLD_LINK = /`?(?:\s{1,3}(?:on|for|to|from|when\s{1,3}calling|calling)\s{1,3}|\s{0,3}(?:\.{3}|…)\s{0,3}|\s{0,3}\(\s{0,3}|:[ \t]{1,3}|[ \t]{1,3}[—–][ \t]{1,3})`?/y;
// …and name the resource without the label, by its ARN or its type and name (`on policy/voc-cancel-cred`).
const RETOLD_RESOURCE = /\s{1,3}on\s{1,3}(?:resources?\s{0,3}:\s{0,3}([^\s"'`,;()]{1,2048})|((?:arn:|[a-z][a-z0-9-]{1,40}\/)[^\s"'`,;()]{1,2048}))/y;

/** The action (and resource) a code at `end` is retold with, when the action ends its clause. */
export function retoldAfterCode(text: string, end: number): { action: string; resource: string | null; end: number } | null {
  RETOLD_LINK.lastIndex = end;
  if (!RETOLD_LINK.exec(text)) return null;
  const act = actionAt(text, RETOLD_LINK.lastIndex);
  if (!act || !/^(?:$|[\s.,;:!)`'"])/.test(text.charAt(act.end))) return null;
  RETOLD_RESOURCE.lastIndex = act.end;
  const on = RETOLD_RESOURCE.exec(text);
  return on ? { action: act.action, resource: (on[1] ?? on[2]!).replace(/\.$/, ''), end: RETOLD_RESOURCE.lastIndex } : { action: act.action, resource: null, end: act.end };
}
