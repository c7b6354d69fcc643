// CloudTrail records as alerting tools retell them in chat and mail, and as query results print them in tables:
//   cloudtrail-to-slack   arn:aws:sts::…:assumed-role/Dev/ana called ListAccounts but failed due to AccessDenied
//   aws-security-automation   Access denied on event CreateNetworkInterface occured in account 1234… by <N/A>
//                             Event source: ec2.amazonaws.com
//   a result table        | errorMessage | user_arn | eventName | …   (a row's eventName column names its call)
//   Event history         arn:…:assumed-role/r/s  <event id>  ec2.amazonaws.com  CreateNetworkInterface  Client.…
//   a test's builder      _ev(make_record, "cloudtrail.amazonaws.com", "StopLogging", …, errorCode="AccessDenied")
//   timed event lines     09:41:10Z PutObject  assumed-role/ops/dana  …  errorCode: AccessDenied ⏎ errorMessage: User: …
// The tools print the record's own fields: the caller, the call, the code; the service where they show it.
import { actionForEvent, actionForServiceEvent, serviceOfOperation } from '../iam/operations';
import { BARE_CODE_SOURCE, CODE_GATES, categoryOfCode } from './codes';
import { each } from './find';
import { mentions, mentionsAny } from './gate';
import { wrapEach } from './match-pieces';
import { P, makeCore, makeWrapper, setField, type Scan } from './types';

// Any white space between the words: a wrap may fall between any two.
const CALLED_BUT_FAILED = /(\S{1,600})\s{1,5}called\s{1,5}([A-Z][A-Za-z0-9]{1,100})\s{1,5}but\s{1,5}failed\s{1,5}due\s{1,5}to\s{1,5}([A-Za-z][A-Za-z0-9.]{1,100})/g;
const DENIED_ON_EVENT =
  /Access\s{1,5}denied\s{1,5}on\s{1,5}event\s{1,5}([A-Z][A-Za-z0-9]{1,100})\s{1,5}occ?urr?ed\s{1,5}in\s{1,5}account\s{1,5}([0-9]{12}|\S{1,40})\s{1,5}by\s{1,5}(\S{1,600})(?:\s{0,5}\n[ \t]*Event\s{1,5}source:\s{0,5}([a-z0-9.-]{1,100}\.amazonaws\.com))?/g;
// Markers tools print where they know no caller.
const NO_CALLER = /^(?:<N\/A>|N\/A|null|None|unknown|-)$/i;

export function scanTrailAlerts(scan: Scan): void {
  const { text } = scan;
  if (mentions(scan, 'failed') && /but\s{1,5}failed\s{1,5}due/.test(text)) {
    each(CALLED_BUT_FAILED, text, (m) => {
      const category = categoryOfCode(m[3]!);
      if (!category) return;
      const core = makeCore(m.index, m.index + m[0].length, category, true);
      if (!NO_CALLER.test(m[1]!)) setField(core, 'principal', m[1], P.cloudtrail);
      setField(core, 'operation', m[2], P.cloudtrail);
      setField(core, 'errorCode', m[3], P.cloudtrail);
      scan.pieces.push(core);
    });
  }
  if (mentions(scan, 'denied') && /denied\s{1,5}on\s{1,5}event/.test(text)) {
    each(DENIED_ON_EVENT, text, (m) => {
      const core = makeCore(m.index, m.index + m[0].length, 'access-denied', true);
      if (!NO_CALLER.test(m[3]!)) setField(core, 'principal', m[3], P.cloudtrail);
      setField(core, 'operation', m[1], P.cloudtrail);
      if (m[4]) setField(core, 'action', actionForEvent(m[4], m[1]!), P.hint);
      scan.pieces.push(core);
    });
  }
  scanResultTables(scan);
  scanAlignedRows(scan);
  scanSourceNameArgs(scan);
  scanTimedEventLines(scan);
}

// A test's record builder called with the event's source and name as its arguments (either order), the code beside
// them (`_ev(make_record, "cloudtrail.amazonaws.com", "StopLogging", {"name": "t"}, errorCode="AccessDenied")`,
// `record("GetSecretValue", "secretsmanager.amazonaws.com", errorCode="AccessDenied")`).
const SOURCE_NAME_ARGS =
  /["'`]([a-z0-9-]{2,40}\.amazonaws\.com)["'`]\s{0,3},\s{0,20}["'`]([A-Z][A-Za-z0-9]{2,100})["'`]|["'`]([A-Z][A-Za-z0-9]{2,100})["'`]\s{0,3},\s{0,20}["'`]([a-z0-9-]{2,40}\.amazonaws\.com)["'`]/g;

function scanSourceNameArgs(scan: Scan): void {
  if (scan.text.indexOf('.amazonaws.com') < 0 || !mentionsAny(scan, CODE_GATES)) return;
  each(SOURCE_NAME_ARGS, scan.text, (m) => {
    const w = makeWrapper(m.index, m.index + m[0].length, 'around', 400);
    const source = m[1] ?? m[4]!;
    const name = m[2] ?? m[3]!;
    setField(w, 'operation', name, P.hint);
    setField(w, 'action', actionForEvent(source, name), P.hint);
    scan.pieces.push(w);
  });
}

// A trail's events printed one a line, the time then the event's name, its code at the end and the errorMessage under
// it (`09:41:10Z PutObject  assumed-role/ops/dana  …  errorCode: AccessDenied` ⏎ `errorMessage: User: …`): the call.
const TIMED_EVENT_LINE = /^[^\n]{0,12}?\d{2}:\d{2}:\d{2}Z[ \t]{1,3}([A-Z][A-Za-z0-9]{2,80})[ \t]{2,}[^\n]{0,400}?\berrorCode:[ \t]{0,3}[A-Za-z]/gm;

function scanTimedEventLines(scan: Scan): void {
  if (scan.text.indexOf('errorCode:') >= 0) wrapEach(scan, TIMED_EVENT_LINE, 'around', 600, 'operation', P.hint);
}

const HEADER_CELL = /^eventname$/i;

/**
 * A result table's eventName column: the call of the denial its row states (Athena, Logs Insights, a SIEM). With an
 * errorCode column the row is the denial itself (`| AccessDenied | xray.amazonaws.com | GetSamplingRules | … |`): its
 * code, its call and, with an eventSource column, the action. A row whose last cell a paste cut (`| {"`) is still one.
 */
function scanResultTables(scan: Scan): void {
  const { text } = scan;
  if (text.indexOf('|') < 0 || !/eventname/i.test(text)) return;
  const lines = text.split('\n');
  let offset = 0;
  let column = -1;
  let codeColumn = -1;
  let sourceColumn = -1;
  let width = 0;
  for (const line of lines) {
    const cells = line.includes('|') ? line.split('|') : null;
    if (!cells) {
      column = -1;
    } else if (column < 0) {
      const at = cells.findIndex((c) => HEADER_CELL.test(c.trim()));
      if (at >= 0) {
        column = at;
        codeColumn = cells.findIndex((c) => /^errorcode$/i.test(c.trim()));
        sourceColumn = cells.findIndex((c) => /^eventsource$/i.test(c.trim()));
        width = cells.length;
      }
    } else if (cells.length === width || (cells.length === width - 1 && Math.max(column, codeColumn, sourceColumn) < cells.length - 1)) {
      const cell = cells[column]!.trim();
      if (/^[A-Z][A-Za-z0-9]{1,100}$/.test(cell)) {
        const code = codeColumn >= 0 ? cells[codeColumn]!.trim() : '';
        const category = code ? categoryOfCode(code) : null;
        if (category) {
          const core = makeCore(offset, offset + line.length, category, true);
          setField(core, 'operation', cell, P.cloudtrail);
          setField(core, 'errorCode', code, P.cloudtrail);
          const source = sourceColumn >= 0 ? cells[sourceColumn]!.trim() : '';
          if (/^[a-z0-9-]{1,60}\.amazonaws\.com$/.test(source)) setField(core, 'action', actionForEvent(source, cell), P.cloudtrail);
          scan.pieces.push(core);
        } else {
          const start = offset + cells.slice(0, column).join('|').length + 1;
          const w = makeWrapper(start, start + cells[column]!.length, 'around', 1200);
          setField(w, 'operation', cell, P.hint);
          scan.pieces.push(w);
        }
      }
    }
    offset += line.length + 1;
  }
}

// A terminal's aligned rows of events and their codes (jq -r, a forensics write-up):
//   GetSecretValue  eastreach/dispatch-signing-draft   AccessDeniedException
// The call, what it named, the code. The middle column is the resource when it has a resource's marks (a path, an
// ARN) and is no caller (an IAM or STS ARN, a bare user name).
const ALIGNED_ROW = new RegExp(
  String.raw`^[ \t]{0,8}([A-Z][a-z]{1,20}[A-Z][A-Za-z0-9]{1,100})[ \t]{2,}(\S{1,300})[ \t]{2,}(${BARE_CODE_SOURCE})[ \t]*$`,
  'gm',
);

// A row of the console's Event history copied as text: the caller, the event id, the source, the event, the code and
// the message (`arn:aws:sts::…:assumed-role/r/s  620a2b93-…  ec2.amazonaws.com  CreateNetworkInterface  Client.…`).
// A wrap may fall between any two columns.
const COLUMN = String.raw`(?:[ \t]{2,}|[ \t]*\n[ \t]*)`;
const EVENT_ROW = new RegExp(
  String.raw`^[ \t]{0,8}(arn:[\w-]+:(?:iam|sts)::\S{1,600})${COLUMN}(?:[0-9a-f]{8}-[0-9a-f-]{27}${COLUMN})?([a-z0-9-]{1,60}\.amazonaws\.com)${COLUMN}([A-Z][A-Za-z0-9]{1,100})${COLUMN}(${BARE_CODE_SOURCE})(?=\s|$)`,
  'gm',
);

function scanAlignedRows(scan: Scan): void {
  if (!mentionsAny(scan, CODE_GATES)) return;
  if (scan.text.indexOf('.amazonaws.com') >= 0) {
    each(EVENT_ROW, scan.text, (m) => {
      const category = categoryOfCode(m[4]!);
      if (!category) return;
      const core = makeCore(m.index, m.index + m[0].length, category, true);
      setField(core, 'principal', m[1], P.cloudtrail);
      setField(core, 'action', actionForEvent(m[2]!, m[3]!), P.cloudtrail);
      setField(core, 'operation', m[3], P.cloudtrail);
      setField(core, 'errorCode', m[4], P.cloudtrail);
      scan.pieces.push(core);
    });
  }
  each(ALIGNED_ROW, scan.text, (m) => {
    const category = categoryOfCode(m[3]!);
    if (!category) return;
    const core = makeCore(m.index, m.index + m[0].length, category, true);
    setField(core, 'operation', m[1], P.cloudtrail);
    setField(core, 'errorCode', m[3], P.cloudtrail);
    const service = serviceOfOperation(m[1]!, m[3]!);
    if (service) setField(core, 'action', actionForServiceEvent(service, m[1]!), P.hint);
    const named = m[2]!;
    if (/[/:]/.test(named) && !/^arn:[\w-]+:(?:iam|sts)::/.test(named)) setField(core, 'resource', named, P.hint);
    scan.pieces.push(core);
  });
}
