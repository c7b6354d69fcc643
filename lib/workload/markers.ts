// Short text markers around the principal that say where a message came from: a Lambda runtime's paths and log
// lines, a Kubernetes pod, a GitHub Actions run, a CloudFormation stack event. They only ever support a naming
// pattern; none classifies a principal on its own.

/** Lines only the Lambda runtime writes: its file system, request log lines, runtime error types. */
const LAMBDA_RUNTIME =
  /\/var\/task\/|\/var\/runtime\/|\b(?:START|END|REPORT) RequestId: |\bRuntime\.[A-Z][A-Za-z]+(?:Error|Exception)\b|\bTask timed out after [\d.]+ seconds|\bAWS_LAMBDA_[A-Z_]+|\blambda_function\.py\b/;

/** The Python runtime's unhandled-exception line, `[ERROR] SomeError: …` at the start of a line. */
const LAMBDA_PYTHON_ERROR_LINE = /(?:^|\n)\s*\[ERROR\]\s+[A-Za-z.]*(?:Error|Exception)\b/;

export function lambdaRuntimeMarker(text: string): 'strong' | 'weak' | null {
  if (LAMBDA_RUNTIME.test(text)) return 'strong';
  if (LAMBDA_PYTHON_ERROR_LINE.test(text)) return 'weak';
  return null;
}

/** Kubernetes service-account federation (IRSA) clues. */
export function kubernetesMarker(text: string): boolean {
  return /oidc\.eks\.[a-z0-9-]+\.amazonaws\.com|eks\.amazonaws\.com\/role-arn|system:serviceaccount:|AWS_WEB_IDENTITY_TOKEN_FILE|\bserviceaccounts?\b|\bkubectl\b|\bkube-system\b/i.test(
    text,
  );
}

/** The GitHub OIDC issuer, or configure-aws-credentials' own error text. */
export function githubMarker(text: string): boolean {
  return /token\.actions\.githubusercontent\.com|Could not assume role with OIDC|configure-aws-credentials/i.test(text);
}

/** A CloudFormation stack event or resource-handler message. */
export function cloudFormationMarker(text: string): boolean {
  return /Resource handler returned message|HandlerErrorCode|\b(?:CREATE|UPDATE|DELETE)_FAILED\b|\bUPDATE_ROLLBACK_|\bROLLBACK_IN_PROGRESS\b/.test(text);
}

/** The RequestToken a resource handler prints, when it is the given session name (extension handlers use it). */
export function cloudFormationRequestToken(text: string): string | null {
  const m = /RequestToken:\s*([0-9a-f-]{36})/i.exec(text);
  return m?.[1] ?? null;
}
