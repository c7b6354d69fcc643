// Which operation a finding keeps: the one the text names, unless it is only a guess (`<Op> failed`, a hint) that
// names another call than the denied action.
import { actionsForOperation } from '../iam/operations';
import { P, type Fields } from './types';

/**
 * The operation, unless it is only a guess (`<Op> failed`, a hint) naming another call than the denied action: "CodePipeline
 * ExecuteChangeSet failed with this error: API: iam:CreateRole …" — the pipeline's step failed, IAM denied CreateRole.
 */
export function operationOf(f: Fields, action: string | null): string | null {
  const op = f.operation;
  if (!op) return null;
  if (op.p > P.hint || !action) return op.v;
  const [service] = action.split(':');
  const mapped = actionsForOperation(op.v, service ?? null)?.actions ?? [];
  return mapped.some((a) => a.toLowerCase() === action.toLowerCase()) ? op.v : null;
}
