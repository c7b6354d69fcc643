// Lookups over the loaded services: action metadata by `service:Action` (case-insensitive, as messages print
// `SNS:Publish` or `sqs:sendmessage`), resource types and their ARN templates.
import type { AccessLevel, AccessLevelCode, ActionInfo, ResourceTypeRef, ServiceData } from './types';
import { own } from '../own';

export type { AccessLevel, ActionInfo, ResourceTypeRef, ServiceData } from './types';

const LEVELS: Record<AccessLevelCode, AccessLevel> = {
  L: 'List',
  R: 'Read',
  W: 'Write',
  P: 'Permissions management',
  T: 'Tagging',
};

interface LoadedService {
  data: ServiceData;
  actions: Map<string, ActionInfo>;
}

/** Splits `service:Action` into lower-case service and action; null when it is not of that shape. */
export function splitAction(action: string): { service: string; name: string } | null {
  const m = /^\s*([A-Za-z0-9-]+):([A-Za-z0-9*?_-]+)\s*$/.exec(action);
  if (!m || !m[1] || !m[2]) return null;
  return { service: m[1].toLowerCase(), name: m[2] };
}

export class IamIndex {
  private readonly services = new Map<string, LoadedService>();
  private readonly missing: ReadonlySet<string>;

  /** `unavailable`: services whose data exists but could not be read this time (see isUnavailable). */
  constructor(data: Iterable<ServiceData>, unavailable: Iterable<string> = []) {
    for (const d of data) this.add(d);
    this.missing = new Set([...unavailable].map((s) => s.toLowerCase()));
  }

  /**
   * The service has data this version knows, but it could not be read (a damaged or updating install): an action
   * of it that the index cannot find is unknown to this explanation, not to AWS.
   */
  isUnavailable(service: string): boolean {
    return this.missing.has(service.toLowerCase());
  }

  /** The services that could not be read, in load order. */
  unavailableServices(): string[] {
    return [...this.missing];
  }

  add(data: ServiceData): void {
    if (this.services.has(data.key)) return;
    const actions = new Map<string, ActionInfo>();
    for (const [name, level, types, deps] of data.actions) {
      const resourceTypes: ResourceTypeRef[] = [];
      for (const raw of types ? types.split(',') : []) {
        const required = raw.endsWith('*');
        const key = required ? raw.slice(0, -1) : raw;
        // An unknown type still counts: dropping it would make the action look wildcard-only ("Resource": "*").
        // A few types list two ARN forms in one field (API Gateway's HTTP and REST APIs, Lex's bot alias): one each.
        for (const arn of (own(data.resources, key) ?? '').split(/,\s*(?=arn:)/)) resourceTypes.push({ key, arn, required });
      }
      actions.set(name.toLowerCase(), {
        service: data.key,
        serviceName: data.name,
        name,
        action: `${data.key}:${name}`,
        accessLevel: LEVELS[level],
        resourceTypes,
        dependentActions: deps ?? [],
      });
    }
    this.services.set(data.key, { data, actions });
  }

  hasService(service: string): boolean {
    return this.services.has(service.toLowerCase());
  }

  serviceName(service: string): string | null {
    return this.services.get(service.toLowerCase())?.data.name ?? null;
  }

  /** Whether resource control policies apply to the service (RCPs cover only some services). */
  supportsRcp(service: string): boolean {
    return this.services.get(service.toLowerCase())?.data.rcp ?? false;
  }

  /** Metadata of `service:Action` (any case), or null when the service is not loaded or has no such action. */
  action(action: string): ActionInfo | null {
    const parts = splitAction(action);
    if (!parts) return null;
    return this.services.get(parts.service)?.actions.get(parts.name.toLowerCase()) ?? null;
  }

  /** All actions of a loaded service, in the reference's order. */
  actionsOf(service: string): ActionInfo[] {
    return [...(this.services.get(service.toLowerCase())?.actions.values() ?? [])];
  }

  /** ARN template of a resource type, e.g. ('s3', 'bucket'). */
  resourceArn(service: string, type: string): string | null {
    const resources = this.services.get(service.toLowerCase())?.data.resources;
    return (resources && own(resources, type)) ?? null;
  }
}
