// The shared data shapes of Why Denied. DESIGN.md (Contracts 1–3) fixes the field names and values here:
// outside checks read them from the terminal entry, the card's data attributes and IndexedDB, so a rename is
// a breaking change, not a refactor.

export type Category = 'access-denied' | 'credentials';

export type PrincipalType =
  | 'user'
  | 'assumed-role'
  | 'role'
  | 'root'
  | 'federated-user'
  | 'service'
  | 'web-identity'
  | 'unknown';

/** The policy layer the message itself names. Never inferred: inference goes into `Explanation.causes`. */
export type PolicyType = 'identity' | 'scp' | 'rcp' | 'boundary' | 'session' | 'resource' | 'vpce' | 'trust' | 'unknown';

export type DenyKind = 'explicit' | 'implicit' | 'unknown';

/**
 * One authorization or credentials failure found in a text. Values are copied as they appear in the text (without
 * surrounding quotes, line wraps undone); null when the text does not say.
 */
export interface Finding {
  category: Category;
  principal: string | null;
  principalType: PrincipalType | null;
  /** The principal's account as written (12 digits or a mask) — never the resource's or the denying policy's. */
  accountId: string | null;
  /** `service:Action`, case as printed. */
  action: string | null;
  resource: string | null;
  /** null for category `credentials`. */
  policyType: PolicyType | null;
  /** null for category `credentials`. */
  denyKind: DenyKind | null;
  /** The denying policy's ARN when the message names it (2026 suffix). */
  policyArn: string | null;
  errorCode: string | null;
  operation: string | null;
  encoded: boolean;
  /**
   * IAM Access Troubleshooter (issue 12): the authorization ID a 2026 denial message ends with
   * (`… authorization id: <ID>`), or null. Optional in the type because findings stored before issue 12 lack it;
   * parse() always sets it.
   */
  authorizationId?: string | null;
  /** The console link to that request's authorization details (`…#/authorization-details/<ID>`), or null. */
  authorizationUrl?: string | null;
  /**
   * The policy statements the text says matched this request, in the order printed: an Access Troubleshooter
   * answer's `matchedPolicies[].matchedStatements[]`, a decoded authorization message's `matchedStatements`.
   * null (or absent) when the text names none.
   */
  matchedStatements?: MatchedStatement[] | null;
  /**
   * Set when an account setting, not an IAM policy, decides the denial; null otherwise.
   * `billing-iam-access`: "IAM user and role access to Billing information" is not activated — only the root user
   * can turn it on (Account settings → Activate IAM Access), whatever the caller's policies say.
   * `sts-region`: STS is not activated in the Region the call went to (IAM → Account settings → STS endpoints) — no
   * credentials are issued there, whatever the trust and identity policies say.
   * `cluster-rbac`: an EKS cluster's Kubernetes authorization (RBAC, an access entry's access policy) refused an IAM
   * identity the cluster had authenticated — no IAM policy is read for it.
   */
  accountSetting?: AccountSetting | null;
  /** The text of the message this finding was read from (trimmed, capped), for display and fingerprints. */
  message: string;
}

export type AccountSetting = 'billing-iam-access' | 'sts-region' | 'cluster-rbac';

/** One policy statement that matched the request, as an authorization-details answer or decoded message names it. */
export interface MatchedStatement {
  /** The statement's Sid as printed (an Access Troubleshooter answer generates one when the policy has none). */
  sid: string | null;
  effect: 'Allow' | 'Deny' | null;
  /** The matched policy's URI: the policy ARN for managed policies and SCPs/RCPs, an opaque id for inline ones. */
  policyUri: string | null;
  /** The layer the policy belongs to, when the text says (the answer's `policies[].type`, or the URI's form). */
  policyType: PolicyType | null;
  /** The statement itself, when the policy document (`get-request-authorization-policy`) was pasted too. */
  statement?: Record<string, unknown> | null;
}

export type Likelihood = 'certain' | 'likely' | 'possible';

export interface Cause {
  policyType: PolicyType;
  likelihood: Likelihood;
  /** One line, in the explanation's language. */
  reason: string;
}

export type FixTarget =
  | 'identity-policy'
  | 'trust-policy'
  | 'resource-policy'
  | 'permissions-boundary'
  | 'scp'
  | 'rcp'
  | 'session-policy'
  | 'vpc-endpoint-policy'
  | 'credentials';

export type Who = 'you' | 'account-admin' | 'org-admin' | 'resource-owner';

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: '*' | Record<string, string | string[]>;
  NotPrincipal?: Record<string, string | string[]>;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, string | string[] | boolean>>;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

export interface Fix {
  target: FixTarget;
  who: Who;
  /** Where the policy goes: role/user/policy/bucket/key ARN, or null when unknown. */
  attachTo: string | null;
  /** A complete policy document, or null when the fix is not a policy (e.g. credentials). */
  policy: PolicyDocument | null;
  note: string;
  /**
   * Added by the explainer (issue 3): the placeholder tokens in `policy`/`attachTo` (e.g. `BUCKET_NAME`,
   * `ACCOUNT_ID`) that the message did not give and the user must replace; absent or empty when none.
   */
  placeholders?: string[];
  /**
   * Added by issue 10, for an explicit deny: the change to the statement that denies, instead of a policy to paste.
   * Null or absent for other fixes. `policy` is then null: a rewritten copy of a statement the reader cannot see
   * would silently drop whatever else it covered.
   */
  edit?: DenyEdit | null;
}

/**
 * Add a Condition to the existing Deny statement that covers `action`, keeping its Effect, Action, Resource and other
 * conditions as they are — usually an exemption for exactly the denied principal on aws:PrincipalArn.
 */
export interface DenyEdit {
  /** The denied action, canonical `service:Action`; the statement to change may name it through a wildcard. */
  action: string;
  /**
   * The Sid of that statement when the text names it (an Access Troubleshooter answer, a decoded authorization
   * message); absent otherwise.
   */
  sid?: string;
  /** The Condition block to merge into that statement. */
  addCondition: Record<string, Record<string, string | string[]>>;
}

export interface Command {
  purpose: string;
  command: string;
}

export interface Link {
  label: string;
  /** Always an https:// URL composed by the extension, never taken from page text. */
  url: string;
}

export type WorkloadKind =
  | 'lambda'
  | 'ecs-task'
  | 'ecs-task-execution'
  | 'ec2-instance'
  | 'codebuild'
  | 'github-actions'
  | 'cloudformation'
  | 'cdk'
  | 'eks-irsa'
  | 'eks-pod-identity'
  | 'identity-center'
  | 'service-linked'
  | 'root'
  | 'iam-user'
  | 'other';

export interface Workload {
  kind: WorkloadKind;
  /** e.g. the function, task family, instance id or permission set name. */
  name: string | null;
  /** The IAM role the fix must land on, when known. */
  roleArn: string | null;
  confidence: 'certain' | 'probable' | 'possible';
}

export interface Step {
  title: string;
  /** The command with the message's values in place, or null for a console-only step. */
  command: string | null;
  /** What the result means and what to do next. */
  meaning: string;
  url?: string | null;
}

export type Lang = 'en' | 'ja';

export interface Explanation {
  finding: Finding;
  lang: Lang;
  /** One line: what was denied and the most likely layer, e.g. "No identity-based policy allows s3:ListBucket". */
  verdict: string;
  causes: Cause[];
  fixes: Fix[];
  commands: Command[];
  links: Link[];
  adminRequest: string;
  workload: Workload | null;
  steps: Step[];
  /**
   * What this explanation could not use, said plainly (e.g. the IAM data of a service that could not be read, so
   * resources were not shaped from the Service Authorization Reference). Absent when there is nothing to say.
   */
  warnings?: string[];
}

/** Where a denial was met: a console page, pasted text, or a CloudTrail scan imported from `cli scan --json`. */
export type HistorySource = 'console' | 'paste' | 'scan';

/** The events of one denial a scan found in its time span (epoch ms). */
export interface TrailSpan {
  firstSeenAt: number;
  lastSeenAt: number;
  count: number;
}

/** One value of a scan's summary (a principal, source IP or user agent) with its number of events. */
export interface TrailValue {
  value: string;
  count: number;
}

/**
 * What imported CloudTrail scans (`cli scan --json`) say about a denial: kept apart from the sightings in the browser
 * so that importing the same scan again, or an overlapping one, does not count its events twice.
 */
export interface TrailSummary {
  /** Events of this denial in the scans imported. */
  count: number;
  /** eventTime span of those events (epoch ms). */
  firstSeenAt: number;
  lastSeenAt: number;
  /**
   * The time spans the imported scans covered, each with its events; `count` is their sum. A scan overlapping a
   * span stands for it (the larger count wins), a scan of other days adds a span.
   */
  spans: TrailSpan[];
  principals: TrailValue[];
  sourceIps: TrailValue[];
  userAgents: TrailValue[];
  /** When the last scan was imported (epoch ms). */
  importedAt: number;
}

/** A record of the `findings` store of the `why-denied` database (DESIGN.md Contract 3). */
export interface HistoryRecord {
  id: string;
  fingerprint: string;
  finding: Finding;
  firstSeenAt: number;
  lastSeenAt: number;
  count: number;
  pageUrl: string | null;
  source: HistorySource;
  /** Set once a CloudTrail scan that holds this denial was imported (schema v3); `count` includes its events. */
  trail?: TrailSummary;
  /**
   * Issue 12: when the finding's current `authorizationId` was first seen (epoch ms). A retry of the same denial
   * brings a new ID (a new request) into the same record, so `firstSeenAt` cannot say how long that ID's details are
   * kept (about 24 hours from the request). Absent when the finding has no ID.
   */
  authorizationSeenAt?: number;
}
