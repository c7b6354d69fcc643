// The full explanation of one denial: verdict, what was denied, ranked causes, fixes (policy JSON to copy, who applies
// it and where), the workload and step-by-step checks when the explainer knows them, CLI commands, links and the
// message for an administrator. Every value is rendered as text.
import { useState } from 'preact/hooks';
import { fingerprint } from '../lib/history/fingerprint';
import type { UiKey } from '../lib/i18n/ui';
import { plainText } from '../lib/inline-code';
import type { Explanation, Finding, Fix, Step, Workload } from '../lib/model';
import { commandsNotInSteps } from '../lib/explain/shown-commands';
import { maskText } from '../lib/privacy';
import { CodeBlock } from './CodeBlock';
import { InlineText } from './InlineText';
import { JsonBlock } from './JsonBlock';
import { safeAwsUrl } from './safe-link';
import { useUi } from './ui-context';

function SafeLink({ url, label }: { url: string; label: string }) {
  const { t } = useUi();
  const href = safeAwsUrl(url);
  if (!href) return <span class="link-refused">{label}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" title={t('link.external', { label: plainText(label) })}>
      <InlineText text={label} />
    </a>
  );
}

export function FindingSummary({ finding }: { finding: Finding }) {
  const { t } = useUi();
  const rows: [UiKey, string | null][] = [
    ['field.action', finding.action],
    ['field.operation', finding.action ? null : finding.operation],
    ['field.principal', finding.principal],
    ['field.account', finding.principal ? null : finding.accountId],
    ['field.resource', finding.resource],
    ['field.layer', finding.policyType ? t(`policyType.${finding.policyType}`) : null],
    ['field.denyKind', finding.denyKind ? t(`denyKind.${finding.denyKind}`) : null],
    ['field.policyArn', finding.policyArn],
    ['field.errorCode', finding.errorCode],
  ];
  return (
    <dl class="summary">
      {rows
        .filter((row): row is [UiKey, string] => row[1] !== null && row[1] !== '')
        .map(([key, value]) => (
          <div class="summary-row" key={key}>
            <dt>{t(key)}</dt>
            <dd class={key === 'field.layer' || key === 'field.denyKind' ? '' : 'mono'}>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/**
 * A cause's heading names the policy layer. A cause that is no policy layer (a credentials problem, a KMS key in
 * another region) gets a name of its own, not a "not stated" placeholder next to its likelihood.
 */
function causeLabel(t: ReturnType<typeof useUi>['t'], policyType: Finding['policyType'], finding: Finding): string {
  if (policyType && policyType !== 'unknown') return t(`policyType.${policyType}`);
  return finding.category === 'credentials' ? t('cause.credentials') : t('cause.other');
}

function FixView({ fix, n }: { fix: Fix; n: number }) {
  const { t } = useUi();
  return (
    <li class="fix">
      <h4>{t('fix.title', { n, target: t(`target.${fix.target}`) })}</h4>
      <dl class="fix-meta">
        <div class="summary-row">
          <dt>{t('fix.who')}</dt>
          <dd>{t(`who.${fix.who}`)}</dd>
        </div>
        <div class="summary-row">
          <dt>{t('fix.where')}</dt>
          <dd class={fix.attachTo ? 'mono' : ''}>{fix.attachTo ?? t('fix.whereUnknown')}</dd>
        </div>
      </dl>
      {fix.note ? (
        <p class="note">
          <InlineText text={fix.note} />
        </p>
      ) : null}
      {fix.placeholders?.length ? (
        <p class="note placeholders">{t('fix.placeholders', { list: fix.placeholders.join(', ') })}</p>
      ) : null}
      {fix.policy ? (
        <JsonBlock value={fix.policy} copyLabel={t('copy.policy', { n })} />
      ) : fix.edit ? (
        <>
          <p class="note">{fix.edit.sid ? t('fix.edit.sid', { action: fix.edit.action, sid: fix.edit.sid }) : t('fix.edit', { action: fix.edit.action })}</p>
          <JsonBlock value={{ Condition: fix.edit.addCondition }} copyLabel={t('copy.condition', { n })} />
        </>
      ) : (
        <p class="muted">{t('fix.noPolicy')}</p>
      )}
    </li>
  );
}

function WorkloadView({ workload }: { workload: Workload }) {
  const { t } = useUi();
  return (
    <section class="block workload" aria-label={t('section.workload')}>
      <h3>{t('section.workload')}</h3>
      <dl class="summary">
        <div class="summary-row">
          <dt>{t('field.workloadKind')}</dt>
          <dd>
            {t(`workload.kind.${workload.kind}`)} <span class={`badge confidence-${workload.confidence}`}>{t(`confidence.${workload.confidence}`)}</span>
          </dd>
        </div>
        {workload.name ? (
          <div class="summary-row">
            <dt>{t('field.workloadName')}</dt>
            <dd class="mono">{workload.name}</dd>
          </div>
        ) : null}
        {workload.roleArn ? (
          <div class="summary-row">
            <dt>{t('field.role')}</dt>
            <dd class="mono">{workload.roleArn}</dd>
          </div>
        ) : null}
      </dl>
      {workload.confidence === 'certain' ? null : <p class="note">{t('workload.unsure')}</p>}
    </section>
  );
}

// Ticks live as long as the panel or popup page: they survive a language switch or a look at another history
// entry (both re-render the explanation), and are forgotten when the page closes.
const remembered = new Map<string, number[]>();
const MAX_REMEMBERED = 200;

function remember(key: string, done: ReadonlySet<number>): void {
  remembered.delete(key);
  if (done.size > 0) remembered.set(key, [...done]);
  while (remembered.size > MAX_REMEMBERED) {
    const oldest = remembered.keys().next().value;
    if (oldest === undefined) break;
    remembered.delete(oldest);
  }
}

/** Same denial, same reading of the workload, same list: the ticks apply (the titles change with the language). */
export function stepsKey(explanation: Explanation): string {
  return `${fingerprint(explanation.finding)}|${explanation.workload?.kind ?? ''}|${explanation.steps.length}`;
}

function StepsView({ steps, memoryKey }: { steps: Step[]; memoryKey: string }) {
  const { t } = useUi();
  const [done, setDone] = useState<ReadonlySet<number>>(() => new Set((remembered.get(memoryKey) ?? []).filter((i) => i < steps.length)));
  const update = (next: Set<number>) => {
    remember(memoryKey, next);
    setDone(next);
  };
  const toggle = (i: number, on: boolean) => {
    const next = new Set(done);
    if (on) next.add(i);
    else next.delete(i);
    update(next);
  };
  return (
    <section class="block" aria-label={t('section.steps')}>
      <h3>{t('section.steps')}</h3>
      <p class="muted steps-progress" aria-live="polite">
        {t('steps.progress', { done: done.size, total: steps.length })}{' '}
        {done.size > 0 ? (
          <button type="button" class="link-button" onClick={() => update(new Set())}>
            {t('steps.clear')}
          </button>
        ) : null}
      </p>
      <ol class="steps">
        {steps.map((step, i) => (
          <li key={i} class={done.has(i) ? 'step step-done' : 'step'}>
            <label class="step-title">
              <input
                type="checkbox"
                checked={done.has(i)}
                onChange={(e) => toggle(i, (e.currentTarget as HTMLInputElement).checked)}
                aria-label={`${t('steps.done')}: ${plainText(step.title)}`}
              />{' '}
              <span>
                <InlineText text={step.title} />
              </span>
            </label>
            {step.command ? <CodeBlock text={step.command} label={t('copy.command', { purpose: plainText(step.title) })} kind="command" /> : null}
            <p class="note">
              <InlineText text={step.meaning} />
            </p>
            {step.url ? <SafeLink url={step.url} label={step.url} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ExplanationView({ explanation, mask }: { explanation: Explanation; mask: boolean }) {
  const { t } = useUi();
  const { finding } = explanation;
  const adminRequest = mask ? maskText(explanation.adminRequest) : explanation.adminRequest;
  // The commands are the steps' commands (one source); show here only those no step already shows.
  const commands = commandsNotInSteps(explanation.commands, explanation.steps);
  return (
    <article class="explanation" lang={explanation.lang} data-testid="explanation">
      {finding.category === 'credentials' ? <p class="badge badge-warn">{t('category.credentials')}</p> : null}
      <h2 class="verdict">
        <InlineText text={explanation.verdict} />
      </h2>
      {explanation.warnings?.map((w, i) => (
        <p key={i} class="notice notice-error" role="note" data-testid="explanation-warning">
          <InlineText text={w} />
        </p>
      ))}
      <FindingSummary finding={finding} />
      {explanation.workload ? <WorkloadView workload={explanation.workload} /> : null}

      {explanation.causes.length > 0 ? (
        <section class="block" aria-label={t('section.causes')}>
          <h3>{t('section.causes')}</h3>
          <ol class="causes">
            {explanation.causes.map((cause, i) => (
              <li key={i} class={`cause cause-${cause.likelihood}`}>
                <span class={`badge likelihood-${cause.likelihood}`}>{t(`likelihood.${cause.likelihood}`)}</span>{' '}
                <strong>{causeLabel(t, cause.policyType, finding)}</strong>
                <p>
                  <InlineText text={cause.reason} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {explanation.fixes.length > 0 ? (
        <section class="block" aria-label={t('section.fixes')}>
          <h3>{t('section.fixes')}</h3>
          <ol class="fixes">
            {explanation.fixes.map((fix, i) => (
              <FixView key={i} fix={fix} n={i + 1} />
            ))}
          </ol>
        </section>
      ) : null}

      {explanation.steps?.length ? <StepsView key={stepsKey(explanation)} steps={explanation.steps} memoryKey={stepsKey(explanation)} /> : null}

      {commands.length > 0 ? (
        <section class="block" aria-label={t('section.commands')}>
          <h3>{t('section.commands')}</h3>
          <ul class="commands">
            {commands.map((c, i) => (
              <li key={i}>
                <p class="note">
                  <InlineText text={c.purpose} />
                </p>
                <CodeBlock text={c.command} label={t('copy.command', { purpose: plainText(c.purpose) })} kind="command" />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {explanation.links.length > 0 ? (
        <section class="block" aria-label={t('section.links')}>
          <h3>{t('section.links')}</h3>
          <ul class="links">
            {explanation.links.map((link, i) => (
              <li key={i}>
                <SafeLink url={link.url} label={link.label} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {adminRequest ? (
        <section class="block" aria-label={t('section.adminRequest')}>
          <h3>{t('section.adminRequest')}</h3>
          {mask ? <p class="muted">{t('explanation.masked')}</p> : null}
          <CodeBlock text={adminRequest} label={t('copy.request')} kind="admin-request" />
        </section>
      ) : null}
    </article>
  );
}
