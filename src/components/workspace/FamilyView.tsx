/**
 * One family in the workspace: its details, the state at a glance, what changed since the last meeting,
 * recording a meeting, the facts (the check, or the family's own saved file), the plan's steps with their
 * progress and the agreed goals, the two printouts, the QR link to the family's phone, the encrypted file,
 * and removing the family from this device.
 */
import { lazy, Suspense, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { Family, Responsible, StepProgress, StepState } from '../../storage/workspace/model';
import { cleanText, maxLabelLength, maxNoteLength, responsibles, stepStates } from '../../storage/workspace/model';
import { changesSinceLastMeeting, recordMeeting, stateOf } from '../../storage/workspace/meetings';
import { reconcile, setProgress, type StepRow } from '../../storage/workspace/progress';
import { readFamilyFile, exportFamily } from '../../storage/workspace/file';
import { withEnvelope } from '../../storage/workspace/store';
import { improved } from '../../storage/workspace/changes';
import type { Vault } from '../../storage/workspace/vault';
import { dateValue, formatDate } from '../../i18n/dates';
import { nameById } from '../../rules/people';
import { Pair, useStrings, type Lang } from '../shared/strings';
import { changeText, routeName, stepTitle, titleOfStepId, type T } from './words';
import type { Office } from './sheets';

const Printing = lazy(() => import('./WorkspacePrint'));
const PhoneLink = lazy(() => import('./WorkspacePrint').then((m) => ({ default: m.PhoneLink })));

export interface FamilyViewProps {
  family: Family;
  today: string;
  languages: Lang[];
  offices: Office[];
  legalAsOf: string;
  vault: Vault;
  onSave: (family: Family) => Promise<boolean>;
  onRemove: () => void;
  onClose: () => void;
}

/** A text the workspace words from data (a change, a glance line), in the page language and the second one. */
function Said({ text, as: Tag = 'span' }: { text: (t: T, lang: string) => string; as?: 'span' | 'div' }) {
  const { t, lang, second } = useStrings();
  if (!second) return <>{text(t, lang.code)}</>;
  return (
    <Tag className="pair">
      <Tag className="pair-first">{text(t, lang.code)}</Tag>
      <Tag className="pair-second" lang={second.lang.code} dir={second.lang.dir}>{text(second.t, second.lang.code)}</Tag>
    </Tag>
  );
}

function Section({ id, title, children, testid }: { id: string; title: string; children: ReactNode; testid?: string }) {
  return (
    <section className="ws-section" aria-labelledby={id} data-testid={testid}>
      <h2 id={id}><Pair k={title} /></h2>
      {children}
    </section>
  );
}

function Details({ family, languages, onSave }: { family: Family; languages: Lang[]; onSave: (f: Family) => Promise<boolean> }) {
  const id = useId();
  const [label, setLabel] = useState(family.label);
  const [language, setLanguage] = useState(family.language);
  const [next, setNext] = useState(family.nextAppointment ?? '');
  const [saved, setSaved] = useState(false);
  const dirty = label !== family.label || language !== family.language || next !== (family.nextAppointment ?? '');
  return (
    <form className="ws-details" onSubmit={async (e) => {
      e.preventDefault();
      const clean = cleanText(label, maxLabelLength);
      if (!clean) return;
      const { nextAppointment: _, ...rest } = family;
      const ok = await onSave({ ...rest, label: clean, language, ...(next ? { nextAppointment: next } : {}) });
      setSaved(ok);
    }}>
      <div className="ws-fields">
        <div className="field">
          <label htmlFor={`${id}-label`}><Pair k="add.label" /></label>
          <input id={`${id}-label`} data-testid="details-label" value={label} maxLength={maxLabelLength} dir="auto" autoComplete="off" onChange={(e) => { setLabel(e.target.value); setSaved(false); }} />
        </div>
        <div className="field select-field">
          <label htmlFor={`${id}-lang`}><Pair k="add.language" /></label>
          <select id={`${id}-lang`} data-testid="details-language" value={language} onChange={(e) => { setLanguage(e.target.value as Family['language']); setSaved(false); }}>
            {languages.map((l) => <option key={l.code} value={l.code} lang={l.code}>{l.label}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-next`}><Pair k="family.nextAppointment" /></label>
          <input id={`${id}-next`} type="date" data-testid="next-appointment" value={next} onChange={(e) => { setNext(e.target.value); setSaved(false); }} />
        </div>
      </div>
      <p className="button-row">
        <button type="submit" className="button secondary" data-testid="save-details" disabled={!dirty}><Pair k="family.saveDetails" /></button>
        {saved && <span role="status" className="hint"><Pair k="family.saved" /></span>}
      </p>
    </form>
  );
}

function StepEditor({ row, onChange }: { row: StepRow; onChange: (p: StepProgress) => void }) {
  const { t, lang, second } = useStrings();
  const id = useId();
  const p = row.progress;
  const [note, setNote] = useState(p.note ?? '');
  useEffect(() => setNote(p.note ?? ''), [p.note]);
  const update = (patch: Partial<StepProgress>) => {
    const next: StepProgress = { ...p, ...patch };
    for (const k of ['date', 'responsible', 'note'] as const) if (next[k] === '' || next[k] === undefined) delete next[k];
    onChange(next);
  };
  const title = stepTitle(t, row.step, lang.code);
  return (
    <tr data-step={row.step.id} data-member={row.member} data-state={p.state}>
      <th scope="row">
        {second ? <span className="pair"><span className="pair-first">{title}</span><span className="pair-second" lang={second.lang.code} dir={second.lang.dir}>{stepTitle(second.t, row.step, second.lang.code)}</span></span> : title}
        {row.step.due && <span className="hint ws-due"> <Pair k={row.step.topic === 'apply-from' ? 'steps.from' : 'steps.due'} vars={{ date: dateValue(row.step.due) }} /></span>}
      </th>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-state`}>{t('steps.state')}: {title}</label>
        <select id={`${id}-state`} data-testid="step-state" value={p.state} onChange={(e) => update({ state: e.target.value as StepState })}>
          {stepStates.map((s) => <option key={s} value={s}>{t(`state.${s}`)}</option>)}
        </select>
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-date`}>{t('steps.date')}: {title}</label>
        <input id={`${id}-date`} type="date" data-testid="step-date" value={p.date ?? ''} onChange={(e) => update({ date: e.target.value || undefined })} />
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-who`}>{t('steps.who')}: {title}</label>
        <select id={`${id}-who`} data-testid="step-who" value={p.responsible ?? ''} onChange={(e) => update({ responsible: (e.target.value || undefined) as Responsible | undefined })}>
          <option value="">–</option>
          {responsibles.map((r) => <option key={r} value={r}>{t(`responsible.${r}`)}</option>)}
        </select>
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-note`}>{t('steps.note')}: {title}</label>
        <input id={`${id}-note`} data-testid="step-note" value={note} maxLength={maxNoteLength} dir="auto" autoComplete="off"
          onChange={(e) => setNote(e.target.value)} onBlur={() => { const clean = cleanText(note); if (clean !== (p.note ?? '')) update({ note: clean || undefined }); }} />
      </td>
    </tr>
  );
}

function Goal({ member, name, value, onSave }: { member: string; name: string; value: string; onSave: (text: string) => void }) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <div className="field ws-goal">
      <label htmlFor={`${id}-goal`}><Pair k="goals.for" vars={{ name }} /></label>
      <input id={`${id}-goal`} data-testid="goal" data-member={member} value={text} maxLength={maxNoteLength} dir="auto" autoComplete="off"
        onChange={(e) => setText(e.target.value)} onBlur={() => { const clean = cleanText(text); if (clean !== value) onSave(clean); }} />
    </div>
  );
}

function ExportFile({ family }: { family: Family }) {
  const id = useId();
  const { t } = useStrings();
  const [pass, setPass] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <form onSubmit={async (e) => {
      e.preventDefault();
      setError(null);
      setDone(false);
      if (pass.normalize('NFC').length < 12) return setError('lock.tooShort');
      if (pass !== repeat) return setError('lock.notSame');
      setBusy(true);
      const { filename, text } = await exportFamily(family, pass);
      setBusy(false);
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = Object.assign(document.createElement('a'), { href: url, download: filename });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setPass('');
      setRepeat('');
      setDone(true);
    }} noValidate>
      <p className="hint"><Pair k="transfer.exportHint" /></p>
      {error && <p className="error-message" role="alert">{t(error)}</p>}
      <div className="ws-fields">
        <div className="field">
          <label htmlFor={`${id}-p`}><Pair k="transfer.filePassphrase" /></label>
          <input id={`${id}-p`} type="password" data-testid="export-passphrase" value={pass} onChange={(e) => setPass(e.target.value)} autoComplete="new-password" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-r`}><Pair k="lock.repeat" /></label>
          <input id={`${id}-r`} type="password" data-testid="export-passphrase-repeat" value={repeat} onChange={(e) => setRepeat(e.target.value)} autoComplete="new-password" />
        </div>
      </div>
      <p className="button-row">
        <button type="submit" className="button secondary" data-testid="export-family" disabled={busy}><Pair k="transfer.export" /></button>
        {busy && <span role="status" className="hint"><Pair k="lock.creating" /></span>}
        {done && <span role="status" className="hint"><Pair k="transfer.exported" /></span>}
      </p>
    </form>
  );
}

function RemoveFamily({ label, onRemove }: { label: string; onRemove: () => void }) {
  const [asking, setAsking] = useState(false);
  return !asking ? (
    <button type="button" className="button warning" data-testid="remove-family" onClick={() => setAsking(true)}><Pair k="remove.button" /></button>
  ) : (
    <div role="alertdialog" aria-labelledby="ws-remove-q" className="confirm">
      <p id="ws-remove-q"><Pair k="remove.confirm" vars={{ label }} /></p>
      <p className="button-row">
        <button type="button" className="button warning" data-testid="remove-confirm" onClick={onRemove}><Pair k="remove.yes" /></button>
        <button type="button" className="button secondary" onClick={() => setAsking(false)}><Pair k="remove.no" /></button>
      </p>
    </div>
  );
}

export function FamilyView({ family, today, languages, offices, legalAsOf, onSave, onRemove, onClose }: FamilyViewProps) {
  const { t, lang } = useStrings();
  const id = useId();
  const state = useMemo(() => stateOf(family, today), [family, today]);
  const since = useMemo(() => changesSinceLastMeeting(family, today), [family, today]);
  const rows = useMemo(() => (state ? reconcile(state.plan, family.steps) : { current: [], earlier: [] }), [state, family.steps]);
  const [meetingDate, setMeetingDate] = useState(today);
  const [printing, setPrinting] = useState<'family' | 'case' | null>(null);
  const [phone, setPhone] = useState(false);
  const [factsError, setFactsError] = useState<string | null>(null);
  const [factsDone, setFactsDone] = useState(false);
  const household = family.envelope?.household;
  const last = family.meetings.at(-1);
  const familyLang = languages.find((l) => l.code === family.language) ?? lang;

  const saveStep = (p: StepProgress) => onSave({ ...family, steps: setProgress(family.steps, p) });
  const saveGoal = (member: string, text: string) => onSave({ ...family, goals: [...family.goals.filter((g) => g.member !== member), ...(text ? [{ member, text }] : [])] });

  async function factsFromFile(file: File) {
    setFactsError(null);
    setFactsDone(false);
    const text = file.size > 1024 * 1024 ? '' : await file.text();
    const r = readFamilyFile(text, file.size);
    if (r.kind === 'error') return setFactsError(r.error);
    if (r.kind === 'encrypted') return setFactsError('facts.notPlain');
    if (await onSave(withEnvelope(family, r.envelope))) setFactsDone(true);
  }

  const members = household?.members ?? [];
  return (
    <article className="ws-family" data-family={family.id}>
      <header className="ws-family-head">
        <h1 tabIndex={-1}><bdi>{family.label}</bdi></h1>
        <dl className="ws-meta">
          <div><dt><Pair k="family.lastMeeting" /></dt><dd>{last ? formatDate(last.date, lang.code) : t('family.noMeeting')}</dd></div>
          <div><dt><Pair k="family.nextAppointment" /></dt><dd>{family.nextAppointment ? formatDate(family.nextAppointment, lang.code) : '–'}</dd></div>
          <div><dt><Pair k="add.language" /></dt><dd lang={familyLang.code} dir={familyLang.dir}>{familyLang.label}</dd></div>
        </dl>
        <p className="button-row no-print">
          <button type="button" className="button" data-testid="close-family" onClick={onClose}><Pair k="family.close" /></button>
          {state && <button type="button" className="button secondary" data-testid="print-family" onClick={() => setPrinting('family')}><Pair k="sheet.printFamily" /></button>}
          {state && <button type="button" className="button secondary" data-testid="print-case" onClick={() => setPrinting('case')}><Pair k="sheet.printCase" /></button>}
        </p>
      </header>

      {state && household && (
        <Section id={`${id}-glance`} title="glance.title" testid="glance">
          <ul className="ws-glance">
            {state.glance.members.map((m) => (
              <li key={m.id} data-member={m.id}>
                <strong><bdi>{nameById(household, m.id)}</bdi></strong>:{' '}
                <Said text={(tr) => [...m.possible.map((r) => tr('glance.possibleRoute', { route: routeName(tr, r) })), ...m.later.map((l) => tr('glance.laterRoute', { route: routeName(tr, l.route), date: dateValue(l.from) }))].join('; ') || tr('glance.nothingYet')} />
              </li>
            ))}
          </ul>
          <div data-testid="deadline" className="ws-deadline">
            <strong><Pair k="glance.deadline" /></strong>
            <Said text={(tr) => {
              const d = state.glance.deadline;
              return d ? tr('glance.deadlineOf', { date: dateValue(d.date), name: nameById(household, d.member), route: d.route ? routeName(tr, d.route) : '' }) : tr('glance.noDeadline');
            }} />
          </div>
        </Section>
      )}

      <Section id={`${id}-changes`} title="changes.title" testid="changes">
        {!last ? <p><Pair k="changes.noMeeting" /></p> : !since || since.changes.length === 0 ? (
          <p data-testid="no-changes"><Pair k="changes.none" vars={{ date: dateValue(last.date) }} /></p>
        ) : (
          <>
            <p><Pair k="changes.since" vars={{ date: dateValue(since.since) }} /></p>
            <ul className="ws-changes" data-testid="change-list">
              {since.changes.map((c, i) => (
                <li key={i} className={c.kind === 'route' ? (improved(c) ? 'better' : 'worse') : c.kind} data-kind={c.kind}>
                  <Said text={(tr, l) => changeText(tr, c, household!, last.household, l)} />
                </li>
              ))}
            </ul>
          </>
        )}
        {household && (
          <form className="ws-meeting" onSubmit={async (e) => { e.preventDefault(); if (meetingDate && meetingDate <= today) await onSave(recordMeeting(family, meetingDate)); }}>
            <div className="field">
              <label htmlFor={`${id}-meeting`}><Pair k="meeting.date" /></label>
              <input id={`${id}-meeting`} type="date" data-testid="meeting-date" value={meetingDate} max={today} onChange={(e) => setMeetingDate(e.target.value)} />
            </div>
            <p className="hint"><Pair k="meeting.hint" /></p>
            <button type="submit" className="button" data-testid="record-meeting"><Pair k="meeting.record" /></button>
          </form>
        )}
        {family.meetings.length > 0 && (
          <details className="ws-meetings">
            <summary><Pair k="meeting.list" vars={{ count: family.meetings.length }} /></summary>
            <ul>{[...family.meetings].reverse().map((m) => <li key={m.date}>{formatDate(m.date, lang.code)}</li>)}</ul>
          </details>
        )}
      </Section>

      <Section id={`${id}-facts`} title="facts.title" testid="facts">
        {members.length > 0 ? (
          <ul className="ws-people" data-testid="people">{members.map((m) => <li key={m.id}><bdi>{nameById(household!, m.id)}</bdi> ({formatDate(m.birthDate, lang.code)})</li>)}</ul>
        ) : <p><Pair k="facts.none" /></p>}
        <div className="ws-import">
          <label className="file-label" htmlFor={`${id}-facts-file`}><Pair k="facts.fromFile" /></label>
          <p className="hint" id={`${id}-facts-hint`}><Pair k="facts.fromFileHint" /></p>
          <input id={`${id}-facts-file`} type="file" accept=".json,application/json" data-testid="facts-file" aria-describedby={`${id}-facts-hint`}
            onChange={(e) => { const f = e.currentTarget.files?.[0]; e.currentTarget.value = ''; if (f) void factsFromFile(f); }} />
          {factsError && <p className="error-message" role="alert" data-testid="facts-error">{t(factsError)}</p>}
          {factsDone && <p className="notice" role="status" data-testid="facts-done"><Pair k="facts.updated" /></p>}
        </div>
      </Section>

      {state && household && (
        <Section id={`${id}-steps`} title="steps.title" testid="steps">
          <p className="hint"><Pair k="steps.hint" /></p>
          {members.map((m) => {
            const mine = rows.current.filter((r) => r.member === m.id);
            const name = nameById(household, m.id);
            return (
              <div key={m.id} className="ws-member-steps" data-member={m.id}>
                <h3><bdi>{name}</bdi></h3>
                <Goal member={m.id} name={name} value={family.goals.find((g) => g.member === m.id)?.text ?? ''} onSave={(text) => void saveGoal(m.id, text)} />
                {mine.length === 0 ? <p><Pair k="steps.none" /></p> : (
                  <div className="ws-table-wrap">
                    <table className="ws-steps">
                      <caption className="visually-hidden">{t('steps.caption', { name })}</caption>
                      <thead><tr><th scope="col">{t('steps.step')}</th><th scope="col">{t('steps.state')}</th><th scope="col">{t('steps.date')}</th><th scope="col">{t('steps.who')}</th><th scope="col">{t('steps.note')}</th></tr></thead>
                      <tbody>{mine.map((r) => <StepEditor key={r.step.id} row={r} onChange={(p) => void saveStep(p)} />)}</tbody>
                    </table>
                  </div>
                )}
              </div>
            );
          })}
          {rows.earlier.length > 0 && (
            <details className="ws-earlier" data-testid="earlier-steps">
              <summary><Pair k="steps.earlier" vars={{ count: rows.earlier.length }} /></summary>
              <p className="hint"><Pair k="steps.earlierHint" /></p>
              <ul>
                {rows.earlier.map((e) => (
                  <li key={`${e.member}/${e.step}`}>
                    <bdi>{nameById(household, e.member)}</bdi>: {titleOfStepId(t, e.step)} – {t(`state.${e.state}`)}{e.date ? `, ${formatDate(e.date, lang.code)}` : ''}{e.responsible ? `, ${t(`responsible.${e.responsible}`)}` : ''}{e.note ? ` – ${e.note}` : ''}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </Section>
      )}

      <Section id={`${id}-details`} title="family.details">
        <Details family={family} languages={languages} onSave={onSave} />
      </Section>

      <Section id={`${id}-move`} title="transfer.title">
        {state && (
          <>
            <h3><Pair k="transfer.phoneTitle" /></h3>
            <p className="hint"><Pair k="transfer.phoneHint" /></p>
            {!phone ? <button type="button" className="button secondary" data-testid="show-phone-link" onClick={() => setPhone(true)}><Pair k="transfer.phoneShow" /></button> : (
              <Suspense fallback={<p role="status">{t('wsPage.loading')}</p>}>
                <PhoneLink envelope={family.envelope!} lang={family.language} />
                <p><button type="button" className="button secondary" onClick={() => setPhone(false)}><Pair k="transfer.phoneHide" /></button></p>
              </Suspense>
            )}
          </>
        )}
        <h3><Pair k="transfer.exportTitle" /></h3>
        <ExportFile family={family} />
      </Section>

      <Section id={`${id}-remove`} title="remove.title">
        <p className="hint"><Pair k="remove.hint" /></p>
        <RemoveFamily label={family.label} onRemove={onRemove} />
      </Section>

      {printing && state && household && (
        <Suspense fallback={null}>
          <Printing kind={printing} family={family} household={household} state={state} rows={rows.current} today={today} lang={lang} familyLang={familyLang}
            offices={offices} legalAsOf={legalAsOf} onDone={() => setPrinting(null)} />
        </Suspense>
      )}
    </article>
  );
}
