// Billing and Cost Management pages that refuse IAM users and roles whatever their policies say, because the
// account's "IAM user and role access to Billing information" setting is off (only the root user can turn it on:
// Account → IAM user and role access to Billing information → Activate IAM Access):
//   You don't have permission to perform ce:DescribeReport
//   IAM user access not activated
// The finding says so in `accountSetting`, so that the explanation sends the user to the root user and the
// setting instead of to a policy. A console flashbar copied as text may glue the heading to the action before it
// ("…ce:DescribeReportIAM user access not activated"): the action is read up to the heading.
import { mentions } from './gate';
import { P, makeCore, setField, type Scan } from './types';

const NOT_ACTIVATED =
  /IAM\s{1,3}(?:user\s{1,3}(?:and\s{1,3}role\s{1,3})?)?access(?:\s{1,3}to\s{1,3}(?:the\s{1,3})?Billing[A-Za-z ]{0,60}?)?\s{1,3}(?:is\s{1,3})?(?:not\s{1,3}activated|deactivated|not\s{1,3}enabled|disabled)/gi;
const GLUED_ACTION = /([a-z][a-z0-9-]{1,40}:[A-Z][A-Za-z0-9]{1,100}?)$/;

export function scanBillingAccess(scan: Scan): void {
  const { lower, text } = scan;
  // The rare words first (found by the scan's single pass): most texts have none of them.
  if (!mentions(scan, 'activated', 'enabled', 'disabled')) return;
  if (!lower.includes('iam') || !lower.includes('access')) return;
  NOT_ACTIVATED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NOT_ACTIVATED.exec(text))) {
    let start = m.index;
    const end = m.index + m[0].length;
    const core = makeCore(start, end, 'access-denied', true);
    setField(core, 'accountSetting', 'billing-iam-access', P.statement);
    // The action a page glued to the heading ("…perform ce:DescribeReportIAM user access not activated").
    const glued = GLUED_ACTION.exec(text.slice(Math.max(0, start - 140), start));
    if (glued && glued[1] && /^(?:ce|billing|aws-portal|budgets|cur|payments|tax|invoicing|account|consolidatedbilling|freetier|purchase-orders|pricing|savingsplans|cost-optimization-hub|bcm-data-exports)$/.test(glued[1].split(':')[0] ?? '')) {
      setField(core, 'action', glued[1], P.statement);
      start -= glued[1].length;
      core.start = start;
    }
    scan.pieces.push(core);
  }
}
