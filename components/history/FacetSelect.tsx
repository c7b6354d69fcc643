// One filter dropdown: "all" first, then each value with its label (the caller puts the count in the label).
export interface FacetOption {
  value: string;
  label: string;
}

export function FacetSelect({ label, all, options, value, onChange }: { label: string; all: string; options: readonly FacetOption[]; value: string; onChange(value: string): void }) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
      <option value="">{all}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
