/**
 * The unlocked workspace: the list of families (label, last meeting, next appointment, what may fit, the
 * nearest deadline), adding a family (new, or from a file), and one family's view. Loaded after unlocking;
 * everything shown here lives in this component's state and goes when the workspace locks.
 */
import { startTransition, useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { Vault } from '../../storage/workspace/vault';
import { newFamily, cleanText, maxLabelLength, type Family } from '../../storage/workspace/model';
import { stateOf } from '../../storage/workspace/meetings';
import { readFamilyFile, openFamilyFile, type FamilyFile } from '../../storage/workspace/file';
import type { Envelope } from '../../storage/envelope';
import { todayIso } from '../../flows/today';
import { formatDate } from '../../i18n/dates';
import { nameById } from '../../rules/people';
import { makeT, Pair, StringsProvider, usePageStrings, useSecondStrings, useStrings, type Lang } from '../shared/strings';
import { FamilyView } from './FamilyView';
import type { Office } from './sheets';
import { routeName } from './words';
import type { Vars } from '../../i18n/format';
import '../../styles/workspace.css';

const none = {};

export interface OpenProps {
  vault: Vault;
  lang: Lang;
  languages: Lang[];
  offices: Office[];
  legalAsOf: string;
  /** The second language's code in caseworker mode (null: off). */
  second: string | null;
  onLock: () => void;
  onClose: () => void;
}

/** Page-language strings of the workspace and the plan (route, condition and step names), and the second language's. */
function useWorkspaceStrings(lang: Lang, languages: Lang[], second: string | null) {
  const outer = useStrings();
  const plan = usePageStrings(lang.code, 'plan', none);
  const ws2 = useSecondStrings(second, 'workspace');
  const plan2 = useSecondStrings(second, 'plan');
  return useMemo(() => {
    const own = (key: string, vars?: Vars) => {
      const v = outer.t(key, vars);
      return v === key ? planT(key, vars) : v;
    };
    const planT = makeT(plan.strings, lang.code);
    const secondLang = second ? languages.find((l) => l.code === second) : undefined;
    const both = ws2 && typeof ws2 === 'object' && plan2 && typeof plan2 === 'object' && secondLang ? makeT({ ...plan2.strings, ...ws2.strings }, secondLang.code) : null;
    return { value: { lang, t: own, second: both && secondLang ? { lang: secondLang, t: both } : null }, ready: plan.status !== 'loading' };
  }, [outer, plan, ws2, plan2, lang, languages, second]);
}

type View = { kind: 'list' } | { kind: 'family'; id: string } | { kind: 'add'; envelope?: Envelope } | { kind: 'passphrase'; file: FamilyFile };

function AddFamily({ envelope, languages, onAdd, onCancel }: { envelope?: Envelope; languages: Lang[]; onAdd: (f: Family) => void; onCancel: () => void }) {
  const { t, lang } = useStrings();
  const id = useId();
  const [label, setLabel] = useState('');
  const [language, setLanguage] = useState<Family['language']>(lang.code as Family['language']);
  const [error, setError] = useState(false);
  return (
    <section className="ws-add" aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`} tabIndex={-1}><Pair k={envelope ? 'add.titleFromFile' : 'add.title'} /></h1>
      {envelope && <p data-testid="add-from-file"><Pair k="add.fromFile" vars={{ names: envelope.household.members.map((m) => nameById(envelope.household, m.id)).join(', ') }} /></p>}
      <form onSubmit={(e) => {
        e.preventDefault();
        const clean = cleanText(label, maxLabelLength);
        if (!clean) return setError(true);
        const f = newFamily(clean, language);
        onAdd(envelope ? { ...f, envelope } : f);
      }} noValidate>
        <div className="field">
          <label htmlFor={`${id}-label`}><Pair k="add.label" /></label>
          <p className="hint" id={`${id}-hint`}><Pair k="add.labelHint" /></p>
          {error && <p className="error-message" id={`${id}-err`} role="alert"><Pair k="add.labelMissing" /></p>}
          <input id={`${id}-label`} data-testid="family-label" value={label} maxLength={maxLabelLength} onChange={(e) => setLabel(e.target.value)}
            aria-describedby={`${id}-hint${error ? ` ${id}-err` : ''}`} aria-invalid={error} dir="auto" autoComplete="off" />
        </div>
        <div className="select-field field">
          <label htmlFor={`${id}-lang`}><Pair k="add.language" /></label>
          <select id={`${id}-lang`} data-testid="family-language" value={language} onChange={(e) => setLanguage(e.target.value as Family['language'])}>
            {languages.map((l) => <option key={l.code} value={l.code} lang={l.code}>{l.label}</option>)}
          </select>
        </div>
        <p className="button-row">
          <button type="submit" className="button" data-testid="add-family-confirm"><Pair k="add.confirm" /></button>
          <button type="button" className="button secondary" onClick={onCancel}><Pair k="add.cancel" /></button>
        </p>
      </form>
    </section>
  );
}

function FilePassphrase({ file, onOpened, onCancel }: { file: FamilyFile; onOpened: (f: Family) => void; onCancel: () => void }) {
  const { t } = useStrings();
  const id = useId();
  const [pass, setPass] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section className="ws-add" aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`} tabIndex={-1}><Pair k="transfer.openTitle" /></h1>
      <form onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        const r = await openFamilyFile(file, pass);
        setBusy(false);
        if (!r.ok) return setError(r.error);
        onOpened(r.family);
      }} noValidate>
        {error && <p className="error-message" role="alert" data-testid="file-error">{t(error)}</p>}
        <div className="field">
          <label htmlFor={`${id}-pass`}><Pair k="transfer.filePassphrase" /></label>
          <input id={`${id}-pass`} type="password" data-testid="file-passphrase" value={pass} onChange={(e) => setPass(e.target.value)} autoComplete="off" />
        </div>
        <p className="button-row">
          <button type="submit" className="button" data-testid="file-open" disabled={busy}><Pair k="transfer.open" /></button>
          <button type="button" className="button secondary" onClick={onCancel}><Pair k="add.cancel" /></button>
        </p>
        {busy && <p role="status" className="hint"><Pair k="lock.unlocking" /></p>}
      </form>
    </section>
  );
}

function FamilyList({ families, unreadable, today, onOpen, onAdd, onFile, fileError }: {
  families: Family[]; unreadable: number; today: string; onOpen: (id: string) => void; onAdd: () => void; onFile: (file: File) => void; fileError: string | null;
}) {
  const { t, lang } = useStrings();
  const id = useId();
  const rows = useMemo(() => families.map((f) => ({ f, state: stateOf(f, today) })), [families, today]);
  return (
    <section className="ws-list" aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`} tabIndex={-1}><Pair k="list.title" /></h1>
      {unreadable > 0 && <p className="notice" role="status"><Pair k="list.unreadable" vars={{ count: unreadable }} /></p>}
      {families.length === 0 ? <p data-testid="list-empty"><Pair k="list.empty" /></p> : (
        <table className="ws-table" data-testid="family-list">
          <caption className="visually-hidden">{t('list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col"><Pair k="list.family" /></th>
              <th scope="col"><Pair k="family.lastMeeting" /></th>
              <th scope="col"><Pair k="family.nextAppointment" /></th>
              <th scope="col"><Pair k="glance.mayFit" /></th>
              <th scope="col"><Pair k="glance.deadline" /></th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ f, state }) => {
              const last = f.meetings.at(-1)?.date;
              const fits = state?.glance.members.filter((m) => m.possible.length).map((m) => `${nameById(f.envelope!.household, m.id)}: ${m.possible.map((r) => routeName(t, r)).join('; ')}`) ?? [];
              const d = state?.glance.deadline;
              return (
                <tr key={f.id} data-family={f.id}>
                  <th scope="row" data-label={t('list.family')}>
                    <button type="button" className="link-button" data-testid="open-family" onClick={() => onOpen(f.id)}><bdi>{f.label}</bdi></button>
                  </th>
                  <td data-label={t('family.lastMeeting')}>{last ? formatDate(last, lang.code) : t('family.noMeeting')}</td>
                  <td data-label={t('family.nextAppointment')}>{f.nextAppointment ? formatDate(f.nextAppointment, lang.code) : '–'}</td>
                  <td data-label={t('glance.mayFit')} data-testid="glance-fits">{!state ? t('glance.noFacts') : fits.length ? <ul className="ws-fits">{fits.map((x) => <li key={x}>{x}</li>)}</ul> : t('glance.nothingYet')}</td>
                  <td data-label={t('glance.deadline')} data-testid="glance-deadline">{d ? <>{formatDate(d.date, lang.code)} <span className="hint">({nameById(f.envelope!.household, d.member)}{d.route ? `, ${routeName(t, d.route)}` : ''})</span></> : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="button-row ws-list-actions">
        <button type="button" className="button" data-testid="add-family" onClick={onAdd}><Pair k="list.add" /></button>
      </div>
      <div className="ws-import">
        <label className="file-label" htmlFor={`${id}-file`}><Pair k="list.import" /></label>
        <p className="hint" id={`${id}-file-hint`}><Pair k="list.importHint" /></p>
        <input id={`${id}-file`} type="file" accept=".json,application/json" data-testid="import-file" aria-describedby={`${id}-file-hint${fileError ? ` ${id}-file-error` : ''}`}
          onChange={(e) => { const file = e.currentTarget.files?.[0]; e.currentTarget.value = ''; if (file) onFile(file); }} />
        {fileError && <p id={`${id}-file-error`} className="error-message" role="alert" data-testid="file-error">{t(fileError)}</p>}
      </div>
    </section>
  );
}

export default function WorkspaceOpen({ vault, lang, languages, offices, legalAsOf, second, onLock, onClose }: OpenProps) {
  const { value, ready } = useWorkspaceStrings(lang, languages, second);
  const [today] = useState(todayIso);
  const [families, setFamilies] = useState<Family[] | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [fileError, setFileError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    vault.list().then((r) => live && startTransition(() => { setFamilies(r.families); setUnreadable(r.unreadable.length); }), () => live && setSaveError('workspace.readFailed'));
    return () => { live = false; };
  }, [vault]);

  // each view starts at its heading (keyboard and screen reader users land on it)
  useEffect(() => {
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.ws-app h1')?.focus());
  }, [view.kind, view.kind === 'family' ? view.id : '']);

  const save = useCallback(async (family: Family) => {
    const r = await vault.put(family);
    if (!r.ok) {
      setSaveError(r.error);
      return false;
    }
    setSaveError(null);
    setFamilies((all) => {
      const list = all ?? [];
      return list.some((f) => f.id === family.id) ? list.map((f) => (f.id === family.id ? family : f)) : [...list, family];
    });
    return true;
  }, [vault]);

  const remove = useCallback(async (id: string) => {
    await vault.remove(id);
    setFamilies((all) => (all ?? []).filter((f) => f.id !== id));
    setView({ kind: 'list' });
  }, [vault]);

  async function chooseFile(file: File) {
    setFileError(null);
    const text = file.size > 1024 * 1024 ? '' : await file.text();
    const r = readFamilyFile(text, file.size);
    if (r.kind === 'error') return setFileError(r.error);
    if (r.kind === 'plain') return setView({ kind: 'add', envelope: r.envelope });
    setView({ kind: 'passphrase', file: r.file });
  }

  const family = view.kind === 'family' ? families?.find((f) => f.id === view.id) : undefined;
  const t = value.t;
  return (
    <StringsProvider value={value}>
      <div className="ws-open">
        <div className="ws-toolbar no-print">
          {view.kind !== 'list' && <button type="button" className="button secondary" data-testid="to-list" onClick={() => setView({ kind: 'list' })}><Pair k="list.back" /></button>}
          <button type="button" className="button warning" data-testid="lock-now" onClick={onLock}><Pair k="lock.now" /></button>
        </div>
        {saveError && <p className="error-message" role="alert" data-testid="save-error">{t(saveError)}</p>}
        {!families || !ready ? <p role="status">{t('wsPage.loading')}</p>
          : view.kind === 'list' ? <FamilyList families={families} unreadable={unreadable} today={today} onOpen={(id) => setView({ kind: 'family', id })} onAdd={() => setView({ kind: 'add' })} onFile={chooseFile} fileError={fileError} />
          : view.kind === 'add' ? <AddFamily envelope={view.envelope} languages={languages} onCancel={() => setView({ kind: 'list' })} onAdd={async (f) => { if (await save(f)) setView({ kind: 'family', id: f.id }); }} />
          : view.kind === 'passphrase' ? <FilePassphrase file={view.file} onCancel={() => setView({ kind: 'list' })} onOpened={async (f) => { if (await save(f)) setView({ kind: 'family', id: f.id }); }} />
          : family ? <FamilyView key={family.id} family={family} today={today} languages={languages} offices={offices} legalAsOf={legalAsOf} vault={vault}
              onSave={save} onRemove={() => remove(family.id)} onClose={onClose} />
          : <p>{t('list.gone')}</p>}
      </div>
    </StringsProvider>
  );
}
