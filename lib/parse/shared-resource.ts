// A resource another account shares through RAM, refused to the account it is shared with: Route 53 Resolver
// answers "[RSLVR-00907] You are not authorized to do this operation on shared resource" under an
// InvalidParameterException — a denial (only the owner may tag, change or delete it), which that code must not
// overrule as a plain validation error.
import { coreEach } from './match-pieces';
import { P, type Scan } from './types';

const SHARED_RESOURCE = /\bnot\s{1,8}authori[sz]ed\s{1,8}to\s{1,8}do\s{1,8}this\s{1,8}operation\s{1,8}on\s{1,8}(?:a\s{1,8}|the\s{1,8})?shared\s{1,8}resource/g;

export function scanSharedResource(scan: Scan): void {
  if (scan.text.indexOf('shared') >= 0 && scan.text.indexOf('this operation') >= 0) coreEach(scan, SHARED_RESOURCE, null, P.prefix, true);
}
