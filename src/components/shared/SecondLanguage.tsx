import { useId } from 'react';
import { useStrings, type Lang } from './strings';

/** Caseworker mode: show a second language (German by default) next to the family's language. */
export function SecondLanguage({ languages, current, value, onChange, status }: {
  languages: Lang[]; current: string; value: string | null; onChange: (code: string | null) => void;
  status: unknown;
}) {
  const { t } = useStrings();
  const id = useId();
  const fallback = current === 'de' ? 'en' : 'de';
  return (
    <div className="second-language no-print">
      <div className="checkbox">
        <input type="checkbox" id={`${id}-on`} checked={value !== null} onChange={(e) => onChange(e.target.checked ? fallback : null)} />
        <label htmlFor={`${id}-on`}>{t('caseworker.toggle')}</label>
      </div>
      {value !== null && (
        <div className="select-field">
          <label htmlFor={`${id}-lang`}>{t('caseworker.language')}</label>
          <select id={`${id}-lang`} value={value} onChange={(e) => onChange(e.target.value)}>
            {languages.filter((l) => l.code !== current).map((l) => <option key={l.code} value={l.code} lang={l.code}>{l.label}</option>)}
          </select>
        </div>
      )}
      {status === 'loading' && <p className="hint" role="status">{t('caseworker.loading')}</p>}
      {status === 'failed' && <p className="error-message" role="alert">{t('caseworker.failed')}</p>}
    </div>
  );
}
