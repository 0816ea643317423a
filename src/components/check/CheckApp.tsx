/**
 * The check island: the household, one question per screen, the review. Answers are saved on this
 * device after every step (src/storage); nothing is sent anywhere.
 */
import { lazy, startTransition, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useFlow } from './useFlow';
import type { CheckInput } from '../../flows/check.machine';
import { isAsked, progressCount } from '../../flows/next';
import { todayIso } from '../../flows/today';
import { inputFromEnvelope, progressOf } from '../../flows/restore';
import { wipe } from '../../storage/wipe';
import { preloadStorageCode, storageCode } from '../../storage/lazy';
import type { SaveResult } from '../../storage/local';
import { createEnvelope } from '../../storage/create';
import type { Envelope } from '../../storage/envelope';
import { useSavedHousehold } from '../shared/useSavedHousehold';
import { StringsProvider, useStrings, makeT, useCaseworkerLanguage, usePageStrings, Pair, type Lang } from '../shared/strings';
import { MembersScreen } from './MembersScreen';
import { DeleteAnswers } from '../shared/DeleteAnswers';
import { checkStarted } from '../../pwa/intent';

// Saved answers are read and checked with zod schemas whose set-up is the largest piece of this page's
// start-up work: fetched now if answers are on the device; on a first visit with the first answer saved.
preloadStorageCode();

// The review (with saving to and opening from a file) comes last in the flow: loaded when it is reached,
// which keeps the first screens within the check page's 110 KB budget.
const ReviewScreen = lazy(() => import('./ReviewScreen').then((m) => ({ default: m.ReviewScreen })));
// The question screens come after the family list (the first screen): loaded when the first question is
// shown, or at once when saved answers resume there.
const loadQuestionScreen = () => import('./QuestionScreen').then((m) => ({ default: m.QuestionScreen }));
const QuestionScreen = lazy(loadQuestionScreen);
// Caseworker mode's language box shows only once it is switched on (a link at the end of every screen), so
// it does not take the top of the family's screens; its code comes with it.
const SecondLanguage = lazy(() => import('../shared/SecondLanguage').then((m) => ({ default: m.SecondLanguage })));
import type { Strings } from '../../i18n/format';

export interface CheckAppProps {
  lang: Lang;
  languages: Lang[];
  strings: Strings;
  resultHref: string;
}

function Flow({ input, today, resultHref, onSaveError, onImported, focusFirst, save, texts }: { input: CheckInput; today: string; resultHref: string; onSaveError: (key: string | null) => void; onImported: (e: Envelope) => void; focusFirst: boolean; save: Save; texts: 'loading' | 'ready' | 'failed' }) {
  const { t } = useStrings();
  const [snapshot, send] = useFlow(input);
  const ctx = snapshot.context;
  const state = String(snapshot.value);

  useEffect(() => {
    if (ctx.household.members.length === 0 && ctx.asked.length === 0) return;
    const envelope = createEnvelope(ctx.household, progressOf(ctx, state === 'result' || state === 'review'));
    let live = true;
    void Promise.resolve(save(localStorage, envelope)).then((result) => live && onSaveError(result.ok ? null : result.error));
    return () => { live = false; };
  }, [ctx, state, onSaveError, save]);

  // On arrival the page opens at its top like any other; later screens take the reader to their heading.
  const arrived = useRef(!focusFirst);
  const showing = state === 'members' || texts === 'ready' ? state : 'waiting';
  useEffect(() => {
    if (state === 'result') window.location.assign(resultHref);
    if (arrived.current) {
      arrived.current = false;
      return;
    }
    document.querySelector<HTMLElement>('#main')?.scrollIntoView?.();
    document.querySelector<HTMLElement>('.check-app h1')?.focus?.();
  }, [showing, state, ctx.current?.member, ctx.current?.question, resultHref]);

  if (state === 'members') {
    // once there is somebody on the list, the questions are near: fetch their screen in the background
    if (ctx.household.members.length > 0) void loadQuestionScreen();
    return (
      <MembersScreen members={ctx.household.members} today={today}
        onAdd={(member) => { if (ctx.household.members.length === 0) checkStarted(); send({ type: 'ADD_MEMBER', member }); }}
        onRemove={(id) => send({ type: 'REMOVE_MEMBER', id })}
        onContinue={() => send({ type: 'CONTINUE' })} />
    );
  }
  // the question texts come after the page (see checkShellStrings); they are usually there long before
  // the members are added
  if (texts !== 'ready') return <p role={texts === 'failed' ? 'alert' : 'status'}>{t(texts === 'failed' ? 'page.loadFailed' : 'page.loading')}</p>;
  if (state === 'review' || state === 'result') {
    return (
      <Suspense fallback={<p>{'…'}</p>}>
        <ReviewScreen members={ctx.household.members} asked={ctx.asked} onImported={onImported}
          onEdit={(position) => send({ type: 'EDIT', position })}
          onEditMembers={() => send({ type: 'EDIT_MEMBERS' })}
          onConfirm={() => send({ type: 'CONFIRM' })} />
      </Suspense>
    );
  }
  const at = ctx.current!;
  const member = ctx.household.members.find((m) => m.id === at.member)!;
  const { answered, total } = progressCount(ctx);
  return (
    <Suspense fallback={<p role="status">{t('page.loading')}</p>}>
    <QuestionScreen key={`${at.member}/${at.question}`} member={member} question={at.question} today={today}
      answered={isAsked(ctx, at.member, at.question)}
      progress={{ current: Math.min(answered + 1, total), total }}
      onAnswer={(value) => send({ type: 'ANSWER', value })}
      onBack={() => send({ type: 'BACK' })} />
    </Suspense>
  );
}

type Save = (storage: Storage, envelope: Envelope) => SaveResult | Promise<SaveResult>;
// only used when the storage code could not be loaded (the page then says answers are not kept)
const noSave: Save = () => ({ ok: false, error: 'saved.noStorage' });
// a first visit: the storage code comes with the first answer to save
const saveLater: Save = (storage, envelope) => storageCode().then((code) => code.save(storage, envelope), () => noSave(storage, envelope));

export default function CheckApp({ lang, languages, strings, resultHref }: CheckAppProps) {
  const page = usePageStrings(lang.code, 'check', strings);
  const t = useMemo(() => makeT(page.strings, lang.code), [page.strings, lang.code]);
  const [today] = useState(todayIso);
  // The server renders the first screen (who lives with you?) so it shows before the script runs and does
  // not jump when it does; until then it is inert, because saved answers may replace it with "resume?".
  const saved = useSavedHousehold();
  // until the family chooses, saved answers on the device ask "resume or start over?"; otherwise a fresh check
  const [chosen, setPhase] = useState<{ kind: 'flow'; input: CheckInput; key: number; notice?: string } | null>(null);
  const fresh = { kind: 'flow' as const, input: { asOf: today }, key: 1 };
  const phase = chosen ?? (saved.status === 'ready' ? { kind: 'ask' as const, saved: saved.envelope } : fresh);
  const started = saved.status !== 'loading';
  const [saveError, setSaveError] = useState<string | null>(null);
  const caseworker = useCaseworkerLanguage(languages, 'check');
  const notice = chosen?.notice ?? (!chosen && (saved.status === 'ready' || saved.status === 'empty') ? saved.notice : undefined);
  // without the storage code (offline before it was ever cached) the check still runs, but cannot keep the answers, and says so
  const shownError = saveError ?? (saved.status === 'failed' ? 'saved.noStorage' : null);
  const save: Save = saved.status === 'ready' || (saved.status === 'empty' && saved.code) ? saved.code!.save : saved.status === 'failed' ? noSave : saveLater;

  const value = { lang, t, second: caseworker.second };
  const imported = (envelope: Envelope) => setPhase({ kind: 'flow', key: Date.now(), input: inputFromEnvelope(envelope, today), notice: 'import.success' });

  return (
    <StringsProvider value={value}>
      <div className={`check-app${value.second ? ' caseworker' : ''}`} inert={!started}>
        {caseworker.code !== null && (
          <Suspense fallback={null}>
            <SecondLanguage languages={languages} current={lang.code} value={caseworker.code} onChange={caseworker.choose} status={caseworker.status} />
          </Suspense>
        )}
        {notice && <p className="notice" role="status">{t(notice)}</p>}
        {shownError && <p className="error-message" role="alert">{t(shownError)}</p>}
        {phase.kind === 'ask' && (
          <div className="resume">
            <h1><Pair k="saved.title" /></h1>
            <p><Pair k="saved.text" /></p>
            <p className="button-row">
              <button type="button" className="button" onClick={() => setPhase({ kind: 'flow', key: 2, input: inputFromEnvelope(phase.saved, today) })}>
                <Pair k="saved.resume" />
              </button>
              <button type="button" className="button secondary" onClick={() => { wipe(localStorage); setPhase({ kind: 'flow', key: 3, input: { asOf: today } }); }}>
                <Pair k="saved.startOver" />
              </button>
            </p>
          </div>
        )}
        {phase.kind === 'flow' && <Flow key={phase.key} input={phase.input} today={today} resultHref={resultHref} onSaveError={setSaveError} onImported={imported} focusFirst={phase.key !== 1} save={save} texts={page.status} />}
        <DeleteAnswers onDeleted={() => setPhase({ kind: 'flow', key: Date.now(), input: { asOf: today } })} />
        {caseworker.code === null && (
          <p className="no-print">
            <button type="button" className="link-button" data-testid="caseworker-on" onClick={() => caseworker.choose(lang.code === 'de' ? 'en' : 'de')}>{t('caseworker.toggle')}</button>
          </p>
        )}
      </div>
    </StringsProvider>
  );
}
