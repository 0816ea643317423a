import { useState } from 'react';
import { wipe } from '../../storage/wipe';
import { Pair, useStrings } from './strings';

/** The one-tap wipe, with one confirmation, visible on every screen of the check. */
export function DeleteAnswers({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useStrings();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <div className="delete-answers no-print">
      {done && <p className="notice" role="status"><Pair k="saved.deleted" /></p>}
      {!asking ? (
        <button type="button" className="button warning" data-testid="delete-answers" onClick={() => { setAsking(true); setDone(false); }}>{t('saved.delete')}</button>
      ) : (
        <div role="alertdialog" aria-labelledby="delete-q" className="confirm">
          <p id="delete-q"><Pair k="saved.deleteConfirm" /></p>
          <p className="button-row">
            <button type="button" className="button warning" data-testid="delete-confirm" onClick={() => { wipe(localStorage); setAsking(false); setDone(true); onDeleted(); }}>{t('saved.delete')}</button>
            <button type="button" className="button secondary" onClick={() => setAsking(false)}>{t('nav.back')}</button>
          </p>
        </div>
      )}
    </div>
  );
}
