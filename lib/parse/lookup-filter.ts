// The event a search was for, when its answer shows only the failure: `aws cloudtrail lookup-events
// --lookup-attributes AttributeKey=EventName,AttributeValue=ImportKeyPair` above "errorCode: Client.UnauthorizedOperation",
// Event history's "EventName = AssumeRoleWithWebIdentity" above the rejected events' fields. The filter names the
// call of the events it returned. The answer stands apart from the query (blank lines, prose), so this fills the
// findings after they are assembled rather than wrapping one: a finding below the filter that names no call of its
// own gets the filter's, when the text filters on one event only.
import { actionForServiceEvent, actionsForOperation, serviceOfOperation } from '../iam/operations';
import type { Finding } from '../model';

const FILTER =
  /AttributeKey\s{0,3}=\s{0,3}EventName\s{0,3},\s{0,3}AttributeValue\s{0,3}=\s{0,3}["']?([A-Z][A-Za-z0-9]{1,100})|\beventName\s{0,3}(?:=|==)\s{0,3}["']?([A-Z][A-Za-z0-9]{1,100})\b(?!["']?\s{0,3}[:,}])/gi;
const MAX_TEXT = 20_000;

export function fillFromLookupFilter(text: string, findings: Finding[]): Finding[] {
  if (text.length > MAX_TEXT || findings.every((f) => f.operation !== null) || !/eventname/i.test(text)) return findings;
  let name: string | null = null;
  let at = -1;
  FILTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FILTER.exec(text))) {
    const found = m[1] ?? m[2]!;
    if (name !== null && found.toLowerCase() !== name.toLowerCase()) return findings;
    if (name === null) at = m.index;
    name = found;
  }
  if (name === null) return findings;
  for (const f of findings) {
    if (f.operation !== null || text.indexOf(f.message) < at) continue;
    const service = f.action ? f.action.split(':')[0]! : serviceOfOperation(name, f.errorCode);
    if (!service) continue;
    // A finding whose action is another call's keeps its own reading.
    if (f.action && !(actionsForOperation(name, service)?.actions ?? []).some((a) => a.toLowerCase() === f.action!.toLowerCase())) continue;
    f.operation = name;
    f.action ??= actionForServiceEvent(service, name);
  }
  return findings;
}
