// The popup's text box and its buttons; Ctrl/Cmd+Enter explains too.
import { useUi } from '../ui-context';

export function PasteForm({ text, onText, onSubmit, onClear }: { text: string; onText(text: string): void; onSubmit(): void; onClear(): void }) {
  const { t } = useUi();
  return (
    <form
      class="paste"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <label for="paste-text">{t('popup.label')}</label>
      <textarea
        id="paste-text"
        rows={6}
        value={text}
        spellcheck={false}
        placeholder={t('popup.placeholder')}
        onInput={(e) => onText((e.target as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onSubmit();
          }
        }}
      />
      <div class="toolbar">
        <button type="submit" class="primary" disabled={text.trim() === ''}>
          {t('popup.explain')}
        </button>
        <button type="button" onClick={onClear}>
          {t('popup.clear')}
        </button>
      </div>
    </form>
  );
}
