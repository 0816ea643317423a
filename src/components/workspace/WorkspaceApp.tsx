/**
 * The case managers' workspace island: the lock screen first (create the workspace, or unlock it), then
 * the families. The crypto, database and rules code load only when a passphrase is typed (WorkspaceSession)
 * and the families' screens after unlocking (WorkspaceOpen), so the page starts small. It locks itself
 * after 10 minutes without use, on "lock now" and on "close this family"; locking forgets the key and every
 * family's data in this page.
 */
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { hasWorkspace } from '../../storage/workspace/exists';
import { makeT, Pair, StringsProvider, useCaseworkerLanguage, usePageStrings, type Lang } from '../shared/strings';
import type { Strings } from '../../i18n/format';
import type { Vault } from '../../storage/workspace/vault';
import type { Office } from './sheets';

const loadSession = () => import('./WorkspaceSession');
const loadOpen = () => import('./WorkspaceOpen');
const WorkspaceOpen = lazy(loadOpen);
const SecondLanguage = lazy(() => import('../shared/SecondLanguage').then((m) => ({ default: m.SecondLanguage })));

/** Minutes without a key press, click or touch before the workspace locks itself. */
export const idleMinutes = 10;
const activity = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/** Calls `onIdle` once `minutes` pass without use while `active` (checked every 5 s and when the tab comes back). */
function useIdleLock(active: boolean, minutes: number, onIdle: () => void) {
  const last = useRef(Date.now());
  useEffect(() => {
    if (!active) return;
    last.current = Date.now();
    const touch = () => { last.current = Date.now(); };
    const check = () => { if (Date.now() - last.current >= minutes * 60_000) onIdle(); };
    for (const e of activity) window.addEventListener(e, touch, { passive: true, capture: true });
    document.addEventListener('visibilitychange', check);
    const timer = setInterval(check, 5_000);
    return () => {
      for (const e of activity) window.removeEventListener(e, touch, { capture: true });
      document.removeEventListener('visibilitychange', check);
      clearInterval(timer);
    };
  }, [active, minutes, onIdle]);
}

type LockReason = 'timeout' | 'manual' | 'closed' | 'elsewhere';
type State =
  | { kind: 'checking' }
  | { kind: 'new' }
  | { kind: 'locked'; reason?: LockReason }
  | { kind: 'open'; vault: Vault };

export interface WorkspaceAppProps {
  lang: Lang;
  languages: Lang[];
  strings: Strings;
  offices: Office[];
  legalAsOf: string;
  helpHref: string;
}

function PassphraseForm({ creating, onDone, onLockedElsewhere }: { creating: boolean; onDone: (vault: Vault) => void; onLockedElsewhere: () => void }) {
  const id = useId();
  const [pass, setPass] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const passRef = useRef<HTMLInputElement>(null);
  // the screens' code starts loading while the passphrase is typed
  useEffect(() => { void loadOpen().catch(() => undefined); }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (creating && pass.normalize('NFC').length < 12) return setError('lock.tooShort');
    if (creating && pass !== repeat) return setError('lock.notSame');
    setBusy(true);
    try {
      const session = await loadSession();
      const r = creating ? await session.create(pass, onLockedElsewhere) : await session.unlock(pass, onLockedElsewhere);
      if (!r.ok) {
        setError(r.error);
        setBusy(false);
        passRef.current?.focus();
        passRef.current?.select();
        return;
      }
      setPass('');
      setRepeat('');
      onDone(r.vault);
    } catch {
      setError('lock.failed');
      setBusy(false);
    }
  }

  return (
    <form className="ws-lock-form" onSubmit={submit} noValidate aria-describedby={error ? `${id}-error` : undefined}>
      {error && <p id={`${id}-error`} className="error-message" role="alert" data-testid="lock-error"><Pair k={error} /></p>}
      <div className="field">
        <label htmlFor={`${id}-pass`}><Pair k={creating ? 'lock.newPassphrase' : 'lock.passphrase'} /></label>
        {creating && <p className="hint" id={`${id}-hint`}><Pair k="lock.passphraseHint" /></p>}
        <input ref={passRef} id={`${id}-pass`} type="password" data-testid="passphrase" value={pass} onChange={(e) => setPass(e.target.value)}
          autoComplete={creating ? 'new-password' : 'current-password'} aria-describedby={creating ? `${id}-hint` : undefined} aria-invalid={!!error} />
      </div>
      {creating && (
        <div className="field">
          <label htmlFor={`${id}-repeat`}><Pair k="lock.repeat" /></label>
          <input id={`${id}-repeat`} type="password" data-testid="passphrase-repeat" value={repeat} onChange={(e) => setRepeat(e.target.value)} autoComplete="new-password" />
        </div>
      )}
      <p className="button-row">
        <button type="submit" className="button" data-testid={creating ? 'create-workspace' : 'unlock'} disabled={busy}>
          <Pair k={creating ? 'lock.create' : 'lock.unlock'} />
        </button>
      </p>
      {busy && <p role="status" className="hint"><Pair k={creating ? 'lock.creating' : 'lock.unlocking'} /></p>}
    </form>
  );
}

function ForgotPassphrase({ onDeleted }: { onDeleted: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <details className="ws-forgot">
      <summary><Pair k="lock.forgot" /></summary>
      <p><Pair k="lock.forgotText" /></p>
      {!asking ? (
        <button type="button" className="button warning" data-testid="delete-workspace" onClick={() => setAsking(true)}><Pair k="lock.deleteAll" /></button>
      ) : (
        <div role="alertdialog" aria-labelledby="ws-delete-q" className="confirm">
          <p id="ws-delete-q"><Pair k="lock.deleteConfirm" /></p>
          <p className="button-row">
            <button type="button" className="button warning" data-testid="delete-workspace-confirm"
              onClick={async () => { const { deleteWorkspaceDatabases } = await import('../../storage/workspace/wipe'); await deleteWorkspaceDatabases(); onDeleted(); }}>
              <Pair k="lock.deleteAll" />
            </button>
            <button type="button" className="button secondary" onClick={() => setAsking(false)}><Pair k="lock.keep" /></button>
          </p>
        </div>
      )}
    </details>
  );
}

export default function WorkspaceApp({ lang, languages, strings, offices, legalAsOf, helpHref }: WorkspaceAppProps) {
  const page = usePageStrings(lang.code, 'workspace', strings);
  const t = useMemo(() => makeT(page.strings, lang.code), [page.strings, lang.code]);
  const caseworker = useCaseworkerLanguage(languages, 'workspace');
  const [state, setState] = useState<State>({ kind: 'checking' });
  const vaultRef = useRef<Vault | null>(null);

  useEffect(() => {
    let live = true;
    hasWorkspace().then((has) => live && setState(has ? { kind: 'locked' } : { kind: 'new' }), () => live && setState({ kind: 'new' }));
    return () => { live = false; };
  }, []);

  const lock = useCallback((reason: LockReason) => {
    vaultRef.current?.lock();
    vaultRef.current = null;
    setState({ kind: 'locked', reason });
    // the lock screen starts at its top
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.ws-app h1')?.focus());
  }, []);
  const idle = useCallback(() => lock('timeout'), [lock]);
  useIdleLock(state.kind === 'open', idleMinutes, idle);

  const opened = (vault: Vault) => {
    vaultRef.current = vault;
    setState({ kind: 'open', vault });
  };
  // another tab deleted the workspace (the family pages' "delete all"): nothing is left to show
  const elsewhere = useCallback(() => { if (vaultRef.current) lock('elsewhere'); }, [lock]);

  const value = { lang, t, second: caseworker.second };
  const locked = state.kind === 'locked' || state.kind === 'new';
  return (
    <StringsProvider value={value}>
      <div className={`ws-app check-app${value.second ? ' caseworker' : ''}`} data-state={state.kind}>
        {caseworker.code !== null && (
          <Suspense fallback={null}>
            <SecondLanguage languages={languages} current={lang.code} value={caseworker.code} onChange={caseworker.choose} status={caseworker.status} />
          </Suspense>
        )}
        {page.status === 'failed' && <p className="notice" role="alert">{t('wsPage.loadFailed')}</p>}
        {state.kind === 'checking' && <p role="status">{t('wsPage.loading')}</p>}
        {locked && (
          <section className="ws-lock" data-testid="lock-screen">
            <h1 tabIndex={-1}><Pair k={state.kind === 'new' ? 'lock.titleNew' : 'lock.title'} /></h1>
            {state.kind === 'locked' && state.reason && (
              <p className="notice" role="status" data-testid="lock-reason"><Pair k={`lock.reason.${state.reason}`} vars={{ minutes: idleMinutes }} /></p>
            )}
            <p><Pair k={state.kind === 'new' ? 'lock.introNew' : 'lock.intro'} /></p>
            <PassphraseForm key={state.kind} creating={state.kind === 'new'} onDone={opened} onLockedElsewhere={elsewhere} />
            {state.kind === 'locked' && <ForgotPassphrase onDeleted={() => setState({ kind: 'new' })} />}
            <p className="hint"><Pair k="lock.privacy" /> <a href={helpHref}>{t('wsPage.toHelp')}</a></p>
          </section>
        )}
        {state.kind === 'open' && (
          <Suspense fallback={<p role="status">{t('wsPage.loading')}</p>}>
            <WorkspaceOpen vault={state.vault} lang={lang} languages={languages} offices={offices} legalAsOf={legalAsOf}
              onLock={() => lock('manual')} onClose={() => lock('closed')} second={caseworker.code} />
          </Suspense>
        )}
        {caseworker.code === null && (
          <p className="no-print">
            <button type="button" className="link-button" data-testid="caseworker-on" onClick={() => caseworker.choose(lang.code === 'de' ? 'en' : 'de')}>{t('caseworker.toggle')}</button>
          </p>
        )}
      </div>
    </StringsProvider>
  );
}
