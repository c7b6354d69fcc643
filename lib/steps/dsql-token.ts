// Aurora DSQL refusing a token made for the other action than the database role connects with
// (lib/explain/facts.ts dsqlToken): the command that makes the right one. Hostname and Region come from the text when
// it shows the cluster's endpoint.
import { dsqlTokenAction } from '../explain/facts';
import type { Step } from '../model';
import { say } from './common';
import { sh } from './shell';
import type { StepValues } from './values';

const ENDPOINT = /\b([a-z0-9]{20,30}\.dsql\.([a-z]{2}(?:-[a-z]+)+-\d)\.on\.aws)\b/;

export function dsqlTokenStep(v: StepValues): Step | null {
  const token = v.ctx.facts.dsqlToken;
  if (!token) return null;
  const endpoint = ENDPOINT.exec(v.ctx.facts.text);
  const host = endpoint ? sh(endpoint[1]!) : 'CLUSTER_ENDPOINT';
  const region = endpoint?.[2] ?? v.region;
  const verb = dsqlTokenAction(token.user) === 'DbConnectAdmin' ? 'generate-db-connect-admin-auth-token' : 'generate-db-connect-auth-token';
  return {
    title: say(v, 'dsqlToken.title', { user: token.user }),
    command: `aws dsql ${verb} --hostname ${host} --region ${region ? sh(region) : 'REGION'}`,
    meaning: say(v, 'dsqlToken.meaning'),
  };
}
