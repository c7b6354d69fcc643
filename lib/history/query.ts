// Search and filters over history records, in memory: ten thousand records filter in a few milliseconds, which is
// simpler and faster than a round trip per keystroke through IndexedDB indexes.
import type { Finding, HistoryRecord, HistorySource, PolicyType } from '../model';

export interface HistoryQuery {
  /**
   * Free text: every word must match action, principal, resource, service, operation, error code or policy ARN.
   * `field:value` words (action:, principal:, resource:, service:, layer:) match one field only.
   */
  text?: string;
  /** Policy layer named by the message; 'unknown' also matches credentials findings (no layer). */
  policyType?: PolicyType | null;
  service?: string | null;
  source?: HistorySource | null;
}

/** The AWS service of a finding: the action's prefix, else the service of the resource ARN. */
export function serviceOf(finding: Finding): string | null {
  const action = finding.action;
  if (action) {
    const colon = action.indexOf(':');
    if (colon > 0) return action.slice(0, colon).toLowerCase();
  }
  const arn = /^arn:[^:]*:([^:]+):/.exec(finding.resource ?? '');
  return arn?.[1] ? arn[1].toLowerCase() : null;
}

const FIELDS = ['action', 'principal', 'resource', 'service', 'layer'] as const;
type Field = (typeof FIELDS)[number];

function fieldValues(record: HistoryRecord): Record<Field, string> {
  const f = record.finding;
  return {
    action: `${f.action ?? ''} ${f.operation ?? ''}`.toLowerCase(),
    principal: `${f.principal ?? ''} ${f.accountId ?? ''}`.toLowerCase(),
    resource: (f.resource ?? '').toLowerCase(),
    service: serviceOf(f) ?? '',
    layer: f.policyType ?? 'unknown',
  };
}

interface Term {
  field: Field | null;
  value: string;
}

export function parseSearch(text: string): Term[] {
  const terms: Term[] = [];
  for (const word of text.toLowerCase().split(/\s+/)) {
    if (!word) continue;
    const colon = word.indexOf(':');
    const field = colon > 0 ? word.slice(0, colon) : '';
    if ((FIELDS as readonly string[]).includes(field) && colon < word.length - 1) {
      terms.push({ field: field as Field, value: word.slice(colon + 1) });
    } else {
      terms.push({ field: null, value: word });
    }
  }
  return terms;
}

export function matcher(query: HistoryQuery): (record: HistoryRecord) => boolean {
  const terms = parseSearch(query.text ?? '');
  const layer = query.policyType ?? null;
  const service = query.service?.toLowerCase() ?? null;
  const source = query.source ?? null;
  return (record) => {
    const f = record.finding;
    if (source && record.source !== source) return false;
    if (layer && (f.policyType ?? 'unknown') !== layer) return false;
    if (service && serviceOf(f) !== service) return false;
    if (terms.length === 0) return true;
    const values = fieldValues(record);
    const all = `${values.action} ${values.principal} ${values.resource} ${values.service} ${(f.errorCode ?? '').toLowerCase()} ${(f.policyArn ?? '').toLowerCase()}`;
    return terms.every((t) => (t.field ? values[t.field] : all).includes(t.value));
  };
}

export function filterRecords(records: readonly HistoryRecord[], query: HistoryQuery): HistoryRecord[] {
  return records.filter(matcher(query));
}

export interface Facets {
  total: number;
  /** Sightings across records (sum of counts). */
  sightings: number;
  services: Map<string, number>;
  policyTypes: Map<PolicyType, number>;
}

/** Counts for the filter menus: records per service and per layer. */
export function facets(records: readonly HistoryRecord[]): Facets {
  const services = new Map<string, number>();
  const policyTypes = new Map<PolicyType, number>();
  let sightings = 0;
  for (const r of records) {
    sightings += r.count;
    const s = serviceOf(r.finding);
    if (s) services.set(s, (services.get(s) ?? 0) + 1);
    const layer = r.finding.policyType ?? 'unknown';
    policyTypes.set(layer, (policyTypes.get(layer) ?? 0) + 1);
  }
  return { total: records.length, sightings, services, policyTypes };
}
