// The history's search box and its three dropdowns (policy layer, service, source), each option with its count.
// The dropdowns sit in a wrapping row, each as wide as its longest option, so no option is ever cut off.
import type { HistorySource, PolicyType } from '../../lib/model';
import { useUi } from '../ui-context';
import { FacetSelect } from './FacetSelect';

const LAYERS: PolicyType[] = ['identity', 'resource', 'scp', 'rcp', 'boundary', 'session', 'vpce', 'trust', 'unknown'];

export interface HistoryFilterValues {
  text: string;
  layer: PolicyType | '';
  service: string;
  source: HistorySource | '';
}

export function HistoryFilters({
  values,
  layerCounts,
  serviceCounts,
  onChange,
}: {
  values: HistoryFilterValues;
  layerCounts: ReadonlyMap<PolicyType, number>;
  serviceCounts: readonly (readonly [string, number])[];
  onChange(patch: Partial<HistoryFilterValues>): void;
}) {
  const { t, lang } = useUi();
  const number = (n: number) => n.toLocaleString(lang);
  // SCP and RCP by the abbreviations AWS itself uses: the full names with a count do not fit a 320 px panel.
  const layerName = (l: PolicyType) => (l === 'scp' || l === 'rcp' ? l.toUpperCase() : t(`policyType.${l}`));
  return (
    <div class="filters">
      <input
        type="search"
        value={values.text}
        placeholder={t('history.search')}
        aria-label={t('history.searchLabel')}
        onInput={(e) => onChange({ text: (e.target as HTMLInputElement).value })}
      />
      <FacetSelect
        label={t('history.layer')}
        all={t('history.allLayers')}
        value={values.layer}
        options={LAYERS.filter((l) => layerCounts.has(l)).map((l) => ({ value: l, label: `${layerName(l)} (${number(layerCounts.get(l) ?? 0)})` }))}
        onChange={(v) => onChange({ layer: v as PolicyType | '' })}
      />
      <FacetSelect
        label={t('history.service')}
        all={t('history.allServices')}
        value={values.service}
        options={serviceCounts.map(([s, n]) => ({ value: s, label: `${s} (${number(n)})` }))}
        onChange={(v) => onChange({ service: v })}
      />
      <FacetSelect
        label={t('history.source')}
        all={t('history.allSources')}
        value={values.source}
        options={[
          { value: 'console', label: t('source.console') },
          { value: 'paste', label: t('source.paste') },
          { value: 'scan', label: t('source.scan') },
        ]}
        onChange={(v) => onChange({ source: v as HistorySource | '' })}
      />
    </div>
  );
}
