// Each command once: the commands of an explanation are its steps' commands (lib/steps, one source), so the
// "Commands" list shown beside the steps — in the terminal and in the side panel alike — keeps only those no step
// already shows. Kept apart from the explainer so the views can import it without pulling the explainer in.
import type { Command, Step } from '../model';

const AWS_CALL = /\baws\s+([a-z0-9-]+)\s+([a-z0-9-]+)/g;

function awsCalls(command: string): string[] {
  return [...command.matchAll(AWS_CALL)].map((m) => `${m[1]} ${m[2]}`);
}

/** Commands that no step shows: neither the same text nor every AWS CLI call of it (a step shows them with its values and what the result means). */
export function commandsNotInSteps(commands: readonly Command[], steps: readonly Step[] | null | undefined): Command[] {
  const texts = new Set((steps ?? []).flatMap((s) => (s.command ? [s.command] : [])));
  const shown = new Set((steps ?? []).flatMap((s) => (s.command ? awsCalls(s.command) : [])));
  return commands.filter((c) => {
    if (texts.has(c.command)) return false;
    const calls = awsCalls(c.command);
    return calls.length === 0 || calls.some((call) => !shown.has(call));
  });
}
