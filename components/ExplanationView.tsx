// The full explanation of one denial: verdict, what was denied, ranked causes, fixes (policy JSON to copy, who applies
// it and where), the workload and step-by-step checks when the explainer knows them, CLI commands, links and the
// message for an administrator. Every value is rendered as text.
import type { Explanation, Finding, Fix, Step, Workload } from '../lib/model';
import { maskText } from '../lib/privacy';
import { CopyButton } from './CopyButton';
import { JsonBlock } from './JsonBlock';
import { safeAwsUrl } from './safe-link';
import { useUi } from './ui-context';
import type { UiKey } from '../lib/i18n/ui';

function SafeLink({ url, label }: { url: string; label: string }) {
  const { t } = useUi();
  const href = safeAwsUrl(url);
  if (!href) return <span class="link-refused">{label}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" title={t('link.external', { label })}>
      {label}
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
    ['field.layer', finding.policyType ? t(`policyType.${finding.policyType}` as UiKey) : null],
    ['field.denyKind', finding.denyKind ? t(`denyKind.${finding.denyKind}` as UiKey) : null],
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

function FixView({ fix, n }: { fix: Fix; n: number }) {
  const { t } = useUi();
  return (
    <li class="fix">
      <h4>{t('fix.title', { n, target: t(`target.${fix.target}` as UiKey) })}</h4>
      <dl class="fix-meta">
        <div class="summary-row">
          <dt>{t('fix.who')}</dt>
          <dd>{t(`who.${fix.who}` as UiKey)}</dd>
        </div>
        <div class="summary-row">
          <dt>{t('fix.where')}</dt>
          <dd class={fix.attachTo ? 'mono' : ''}>{fix.attachTo ?? t('fix.whereUnknown')}</dd>
        </div>
      </dl>
      {fix.note ? <p class="note">{fix.note}</p> : null}
      {fix.placeholders?.length ? (
        <p class="note placeholders">{t('fix.placeholders', { list: fix.placeholders.join(', ') })}</p>
      ) : null}
      {fix.policy ? <JsonBlock value={fix.policy} copyLabel={t('copy.policy', { n })} /> : <p class="muted">{t('fix.noPolicy')}</p>}
    </li>
  );
}

function WorkloadView({ workload }: { workload: Workload }) {
  const { t } = useUi();
  return (
    <section class="block" aria-label={t('section.workload')}>
      <h3>{t('section.workload')}</h3>
      <dl class="summary">
        <div class="summary-row">
          <dt>{t('field.workloadKind')}</dt>
          <dd>
            {workload.kind} <span class="badge">{t(`confidence.${workload.confidence}` as UiKey)}</span>
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
    </section>
  );
}

function StepsView({ steps }: { steps: Step[] }) {
  const { t } = useUi();
  return (
    <section class="block" aria-label={t('section.steps')}>
      <h3>{t('section.steps')}</h3>
      <ol class="steps">
        {steps.map((step, i) => (
          <li key={i} class="step">
            <label class="step-title">
              <input type="checkbox" aria-label={`${t('steps.done')}: ${step.title}`} /> <span>{step.title}</span>
            </label>
            {step.command ? (
              <div class="code-block">
                <pre class="command" tabIndex={0}>
                  <code>{step.command}</code>
                </pre>
                <CopyButton text={step.command} label={t('copy.command', { purpose: step.title })} />
              </div>
            ) : null}
            <p class="note">{step.meaning}</p>
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
  return (
    <article class="explanation" lang={explanation.lang} data-testid="explanation">
      {finding.category === 'credentials' ? <p class="badge badge-warn">{t('category.credentials')}</p> : null}
      <h2 class="verdict">{explanation.verdict}</h2>
      <FindingSummary finding={finding} />

      {explanation.causes.length > 0 ? (
        <section class="block" aria-label={t('section.causes')}>
          <h3>{t('section.causes')}</h3>
          <ol class="causes">
            {explanation.causes.map((cause, i) => (
              <li key={i} class={`cause cause-${cause.likelihood}`}>
                <span class={`badge likelihood-${cause.likelihood}`}>{t(`likelihood.${cause.likelihood}` as UiKey)}</span>{' '}
                <strong>{t(`policyType.${cause.policyType}` as UiKey)}</strong>
                <p>{cause.reason}</p>
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

      {explanation.workload ? <WorkloadView workload={explanation.workload} /> : null}
      {explanation.steps?.length ? <StepsView steps={explanation.steps} /> : null}

      {explanation.commands.length > 0 ? (
        <section class="block" aria-label={t('section.commands')}>
          <h3>{t('section.commands')}</h3>
          <ul class="commands">
            {explanation.commands.map((c, i) => (
              <li key={i}>
                <p class="note">{c.purpose}</p>
                <div class="code-block">
                  <pre class="command" tabIndex={0}>
                    <code>{c.command}</code>
                  </pre>
                  <CopyButton text={c.command} label={t('copy.command', { purpose: c.purpose })} />
                </div>
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
          <div class="code-block">
            <pre class="admin-request" tabIndex={0}>
              {adminRequest}
            </pre>
            <CopyButton text={adminRequest} label={t('copy.request')} />
          </div>
        </section>
      ) : null}
    </article>
  );
}
