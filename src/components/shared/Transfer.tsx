import { useId, useState } from 'react';
import { loadSaved, save } from '../../storage/local';
import { parseImport, toFile } from '../../storage/file';
import type { Envelope } from '../../storage/envelope';
import { Pair, useStrings } from './strings';

/**
 * "Save my answers as a file" and "open a saved file". The file never leaves the device; an import that
 * fails says why and leaves the saved answers as they were (parseImport checks before anything is written).
 */
export function Transfer({ onImported }: { onImported: (envelope: Envelope) => void }) {
  const { t } = useStrings();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const saved = typeof localStorage === 'undefined' ? null : loadSaved(localStorage).envelope;

  function download() {
    const current = loadSaved(localStorage).envelope;
    if (!current) return;
    const { filename, text } = toFile(current);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: filename });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function open(file: File | undefined) {
    if (!file) return;
    setError(null);
    const text = file.size > 1024 * 1024 ? '' : await file.text();
    const result = parseImport(text, file.size);
    if (!result.ok) return setError(result.error);
    const written = save(localStorage, result.envelope);
    if (!written.ok) return setError(written.error);
    onImported(result.envelope);
  }

  return (
    <section className="transfer no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}><Pair k="import.title" /></h2>
      <p className="hint"><Pair k="import.hint" /></p>
      {saved && saved.household.members.length > 0 && (
        <p><button type="button" className="button secondary" data-testid="export-file" onClick={download}><Pair k="import.export" /></button></p>
      )}
      <label className="file-label" htmlFor={`${id}-file`}><Pair k="import.choose" /></label>
      <input id={`${id}-file`} type="file" accept=".json,application/json" data-testid="import-file"
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => { void open(e.currentTarget.files?.[0]); }} />
      {error && <p id={`${id}-error`} className="error-message" role="alert" data-testid="import-error">{t(error)}</p>}
    </section>
  );
}
