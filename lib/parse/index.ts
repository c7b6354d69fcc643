// Text in, findings out: pure, synchronous, never throws, linear in the input length.
// Each message family (one file each) reports the pieces it recognizes; assemble.ts attaches envelopes to the
// statements they wrap and merges repeats, so one denial printed twice (the CLI envelope plus the sentence, a
// traceback that prints the message again) is one finding and several denials are several findings.
import type { Finding } from '../model';
import { scanApiSentences } from './api-sentence';
import { scanAthena } from './athena';
import { scanAuthorizationDetails } from './authorization-details';
import { scanAuthorizationIds } from './authorization-id';
import { scanBillingAccess } from './billing-access';
import { scanTrailAlerts } from './trail-alerts';
import { assemble } from './assemble';
import { scanCliEnvelopes } from './cli-envelope';
import { scanClientErrorCalls } from './client-error-call';
import { scanCloudTrailEvents } from './cloudtrail-event';
import { fillFromConsoleWording, scanConsoleAlerts } from './console-alert';
import { scanContextPhrases } from './context-phrase';
import { scanCodeCommit403 } from './codecommit-git';
import { scanCredentials } from './credentials';
import { scanMissingCredentials } from './missing-credentials';
import { scanStatusAlone } from './status-alone';
import { scanDecodedAuthorization } from './decoded-authorization';
import { scanEncoded } from './encoded';
import { scanJapanese } from './japanese';
import { scanLambdaRelays } from './lambda-relay';
import { fillFromLookupFilter } from './lookup-filter';
import { scanRequestStatus } from './request-status';
import { scanServiceWordings } from './service-wordings';
import { scanTranslated } from './translated';
import { scanTranslatedEnvelopes } from './translated-envelope';
import { scanKubernetes } from './kubernetes';
import { normalize } from './normalize';
import { onlyAnotherCloud } from './not-aws';
import { scanPlainDenials } from './plain-denials';
import { scanS3a } from './s3a';
import { scanToolS3Denials } from './tool-s3-denials';
import { scanS3Xml } from './s3-xml';
import { scanS3AccessLogs } from './s3-access-log';
import { scanGuardDutyFindings } from './guardduty-finding';
import { scanIotLogs } from './iot-log';
import { scanGoDebugResponses } from './go-debug';
import { scanCodesBeforeSentences } from './code-before-sentence';
import { scanErrorFactory } from './errorfactory';
import { scanMediaTransferWordings } from './media-transfer-wordings';
import { scanErrorTypeHeaders } from './error-type-header';
import { scanDataServiceWordings } from './data-service-wordings';
import { scanKeyedOperations } from './keyed-operation';
import { scanAppRecords } from './app-record';
import { scanKmsKeyAccess } from './kms-key-access';
import { scanSharedResource } from './shared-resource';
import { scanCallerTails } from './caller-tail';
import { scanRAwsS3 } from './r-aws-s3';
import { scanDsql } from './dsql';
import { scanOcsfRecords } from './ocsf-record';
import { scanLoggedOperations } from './logged-operation';
import { scanOtherCodes } from './other-codes';
import { scanSdkEnvelopes } from './sdk-envelopes';
import { scanWorkDocs } from './workdocs';
import { scanAssumeFailures } from './sts';
import { makeScan } from './gate';
import { withHeadingCodes } from './heading-code';
import { capText } from './limit';
import { hasStatement, type Piece, type Scan } from './types';

export { KEPT_AT_EACH_END, MAX_INPUT_CHARS } from './limit';

const FAMILIES: Array<(scan: Scan) => void> = [
  scanApiSentences,
  scanContextPhrases,
  scanConsoleAlerts,
  scanCliEnvelopes,
  scanClientErrorCalls,
  scanSdkEnvelopes,
  scanS3Xml,
  scanEncoded,
  scanDecodedAuthorization,
  scanCloudTrailEvents,
  scanOcsfRecords,
  scanGuardDutyFindings,
  scanIotLogs,
  scanGoDebugResponses,
  scanErrorFactory,
  scanCodesBeforeSentences,
  scanErrorTypeHeaders,
  scanDataServiceWordings,
  scanMediaTransferWordings,
  scanKmsKeyAccess,
  scanSharedResource,
  scanCallerTails,
  scanDsql,
  scanRAwsS3,
  scanKeyedOperations,
  scanAppRecords,
  scanLoggedOperations,
  scanAuthorizationDetails,
  scanAuthorizationIds,
  scanCredentials,
  scanAssumeFailures,
  scanKubernetes,
  scanBillingAccess,
  scanTrailAlerts,
  scanAthena,
  scanS3a,
  scanToolS3Denials,
  scanS3AccessLogs,
  scanLambdaRelays,
  scanJapanese,
  scanTranslated,
  scanTranslatedEnvelopes,
  scanPlainDenials,
  scanServiceWordings,
  scanRequestStatus,
  scanWorkDocs,
  scanCodeCommit403,
  // Last: they read only texts no other family found a statement in.
  scanMissingCredentials,
  scanStatusAlone,
];

/** parse without the safety net: tests and the fuzzer call it so that a bug shows up as an exception. */
export function parseOrThrow(text: string): Finding[] {
  const normalized = normalize(text);
  const scan = makeScan(normalized);
  for (const family of FAMILIES) family(scan);
  // Ordinary service error codes (ValidationError, ThrottlingException…) matter only next to a statement: as its
  // printed code, or to overrule a weak one ("Unable to assume…" reported as InvalidParameterException).
  if (hasStatement(scan)) scanOtherCodes(scan);
  return ofAws(scan.text, readHeadings(scan.text, assemblePieces(scan.text, scan.pieces)));
}

/**
 * What a page's markdown headings say about its findings: one that restates the error is no finding of its own, one
 * that names the code lends it to the message below (both parse paths read them so).
 */
function readHeadings(normalized: string, findings: Finding[]): Finding[] {
  return withHeadingCodes(normalized, withoutHeadingFirst(normalized, findings));
}

/**
 * A troubleshooting page's heading restates the error it is about ("#### AccessDenied: User is not authorized to
 * perform operation") above the real message: a first finding that names nothing (no caller, action or resource) on a
 * markdown heading line is the heading's, when a later finding names what was denied or the same call with its code.
 */
function withoutHeadingFirst(normalized: string, findings: Finding[]): Finding[] {
  const first = findings[0];
  if (!first || findings.length < 2 || first.principal || first.action || first.resource) return findings;
  const at = first.message ? normalized.indexOf(first.message.slice(0, 200)) : -1;
  if (at < 0) return findings;
  const lineStart = normalized.lastIndexOf('\n', at) + 1;
  // A line that is the code alone is a title too (`# InvalidSignatureException`, its `# ` read as a comment's mark).
  const lineEnd = normalized.indexOf('\n', at);
  const codeAlone = !!first.errorCode && normalized.slice(lineStart, lineEnd < 0 ? normalized.length : lineEnd).trim() === first.errorCode;
  if (!codeAlone && (at - lineStart > 200 || !/^(?:[-*+][ \t]{1,3})?#{1,6}[ \t]/.test(normalized.slice(lineStart, at + 1)))) return findings;
  const rest = findings.slice(1);
  // …or that restates the same call with its code ("## operation error SQS: ReceiveMessage, https response error
  // StatusCode: 403" above the log line whose api error says why).
  const op = first.operation?.toLowerCase();
  // A heading of another kind naming no call (credentials above an access denial) is another error, not this one restated.
  // A heading naming only the code (`## 1. Error: \`ExpiredToken\``) restates the log below that prints it with its call.
  const code = first.errorCode;
  return rest.some((f) => (f.action && f.category === first.category) || (op && f.operation?.toLowerCase() === op && f.errorCode) || (!op && code && f.errorCode === code && f.operation))
    ? rest
    : findings;
}

/** None of the findings of a text that is about another cloud only (a record or a message AWS wrote is AWS's). */
function ofAws<T>(normalized: string, findings: T[]): T[] {
  return findings.length > 0 && onlyAnotherCloud(normalized) ? [] : findings;
}

/**
 * parse() that also says which family read each finding's statement (the eval's per-family report). Slower: it
 * tags every piece; not for the hot paths.
 */
export function parseWithFamilies(text: string): Array<{ finding: Finding; family: string }> {
  const normalized = normalize(text);
  const scan = makeScan(normalized);
  for (const family of FAMILIES) {
    const before = scan.pieces.length;
    family(scan);
    const name = family.name.replace(/^scan/, '');
    for (let i = before; i < scan.pieces.length; i++) scan.pieces[i]!.family = name;
  }
  if (hasStatement(scan)) scanOtherCodes(scan);
  const families: string[] = [];
  const assembled = filledFromText(scan.text, assemble(scan.text, scan.pieces, families));
  const kept = readHeadings(scan.text, assembled);
  if (kept.length < assembled.length) families.shift();
  const findings = ofAws(scan.text, kept);
  return findings.map((finding, i) => ({ finding, family: families[i] ?? 'ConsoleWording' }));
}

/**
 * For readers of already-parsed structures (cloudtrail-record.ts: a CloudTrail record as a JS object): the pieces
 * every family reads in a normalized text, as parseOrThrow() reads them in a text that holds a core.
 */
export function readPieces(normalized: string): Piece[] {
  const scan = makeScan(normalized);
  for (const family of FAMILIES) family(scan);
  scanOtherCodes(scan);
  return scan.pieces;
}

/** What the text says around the assembled findings: the console's wording of the action, a lookup filter's call. */
function filledFromText(normalized: string, findings: Finding[]): Finding[] {
  return fillFromLookupFilter(normalized, fillFromConsoleWording(normalized, findings));
}

/** The second half of parseOrThrow(): pieces of a normalized text into findings. */
export function assemblePieces(normalized: string, pieces: Piece[]): Finding[] {
  return filledFromText(normalized, assemble(normalized, pieces));
}

/** Parses text cut to the input limit (its start and end kept, see limit.ts) and says whether it was cut. */
export function parseInput(text: string): { findings: Finding[]; truncated: boolean } {
  if (typeof text !== 'string' || text.length === 0) return { findings: [], truncated: false };
  const { text: input, truncated } = capText(text);
  try {
    return { findings: parseOrThrow(input), truncated };
  } catch {
    // A bug in one family must not take the page, the popup or a CI pipe down with it.
    return { findings: [], truncated };
  }
}

/** All authorization and credentials failures in the text, in text order. */
export function parse(text: string): Finding[] {
  return parseInput(text).findings;
}

export { normalize } from './normalize';
