// The action a denial is about: as printed, or the one its operation implies (through the operation table), an IoT
// event's, the KMS action a forwarding service's call needs, sts:AssumeRole for a role "not authorized to assume".
import { parseArn } from '../arn';
import { actionsForOperation, serviceOfOperation, type OperationMapping } from '../iam/operations';
import type { Finding } from '../model';
import { clean } from './values';

// AWS IoT Core's logs name the MQTT event it refused, not an API operation: the action it authorized it as.
const IOT_EVENT_ACTIONS: Record<string, string> = { Connect: 'iot:Connect', 'Publish-In': 'iot:Publish', Subscribe: 'iot:Subscribe', Receive: 'iot:Receive' };

// "The role x is not authorized to assume the task state's role, arn:…:role/y" names the role, not the call: the call
// is sts:AssumeRole on that role.
const ASSUME_NAMED_ROLE = /\bnot\s{1,3}authori[sz]ed\s{1,3}to\s{1,3}assume\b/i;

export interface DeniedAction {
  action: string | null;
  /** True when `action` came from the operation name rather than the message. */
  actionFromOperation: boolean;
  /** Further actions the operation needs (CopyObject: s3:GetObject on the source). */
  otherActions: Array<{ action: string; resource: string | null }>;
  operationNote: OperationMapping['note'] | null;
  /** The operation as printed (or a bare action's name, read as one). */
  operation: string | null;
}

/** The denied action of a finding, `hinted` the service its envelope names (facts.ts serviceHint). */
export function deniedAction(finding: Finding, message: string, hinted: string | null): DeniedAction {
  let action = clean(finding.action, 256);
  // A service that printed the action without its prefix ("perform: GetHostedZone on resource: arn:aws:route53:::…",
  // "perform AssumeRole on role arn:…"): the name of its call, read as an operation's (kept as printed if none maps).
  const bareAction = action && /^[A-Z][A-Za-z0-9]{2,100}$/.test(action) ? action : null;
  if (bareAction) action = null;
  let actionFromOperation = false;
  let otherActions: DeniedAction['otherActions'] = [];
  let operationNote: OperationMapping['note'] | null = null;
  const operation = clean(finding.operation, 128) ?? bareAction;
  const iotAction = finding.errorCode === 'AUTHORIZATION_FAILURE' && operation ? IOT_EVENT_ACTIONS[operation] : undefined;
  // A KMS refusal a service forwards for its own call (SQS's `KMS.AccessDeniedException` on SendMessage, with KMS's
  // trailer `(Service: AWSKMS; …)`): KMS refused the key action that call needs — a data key to write, a decrypt to
  // read — through that service. The operation is the outer service's, never a KMS action of its name.
  const forwardedBy = !finding.action && operation && (hinted === 'kms' || /^KMS\./i.test(finding.errorCode ?? '')) ? serviceOfOperation(operation, null) : null;
  if (forwardedBy && forwardedBy !== 'kms') {
    action = /^(?:Send|Put|Publish|Upload|Create|Copy)/.test(operation!) ? 'kms:GenerateDataKey' : 'kms:Decrypt';
  } else if (!action && iotAction) {
    action = iotAction;
    actionFromOperation = true;
    operationNote = 'op.iotPolicy';
  } else if (!action && !operation && ASSUME_NAMED_ROLE.test(message) && /^arn:[^:\s]{1,30}:iam::[^:\s]*:role\//.test(finding.resource ?? '')) {
    action = 'sts:AssumeRole';
  } else if (!action && operation) {
    // (A bare action's service is the resource's when the name alone does not say it: route53's GetHostedZone.)
    const service = hinted ?? serviceOfOperation(operation, finding.errorCode) ?? (bareAction ? (parseArn(finding.resource ?? '')?.service ?? null) : null);
    const mapping = actionsForOperation(operation, service);
    if (mapping && mapping.actions[0]) {
      action = mapping.actions[0];
      otherActions = mapping.actions.slice(1).map((a) => ({ action: a, resource: null }));
      operationNote = mapping.note ?? null;
      actionFromOperation = true;
    }
  } else if (action && operation) {
    const service = action.split(':')[0]?.toLowerCase() ?? null;
    const mapping = actionsForOperation(operation, service);
    if (mapping?.note && mapping.actions[0]?.toLowerCase() === action.toLowerCase()) operationNote = mapping.note;
  }
  if (!action && bareAction) action = bareAction;
  return { action, actionFromOperation, otherActions, operationNote, operation };
}
