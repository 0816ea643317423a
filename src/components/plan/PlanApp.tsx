/**
 * The personal plan: per member, the steps from src/plan with due dates, reasons and citations, papers
 * to bring and offices that help; printable on A4 with German next to the family's language and a QR code
 * whose link carries the answers only in the fragment (after #), which browsers never send.
 */
import { lazy, startTransition, Suspense, useEffect, useMemo, useState } from 'react';
import { evaluate } from '../../rules/evaluate';
import { buildPlan, type PlanStep } from '../../plan';
import type { Envelope } from '../../storage/envelope';
import { todayIso } from '../../flows/today';
import { formatDate } from '../../i18n/dates';
import { formatNumber } from '../../i18n/digits';
import { makeT, usePageStringsWithGerman, StringsProvider, type Lang } from '../shared/strings';
import { Timeline } from './Timeline';
import { mayHoldAnswers, preloadStorageCode } from '../../storage/lazy';
import { useSavedHousehold } from '../shared/useSavedHousehold';
import { nameById } from '../../rules/people';
import type { ImportResult } from '../../storage/file';
import type { Strings, Vars } from '../../i18n/format';

export interface Office { id: string; kind: string; name: string; address?: string; contact?: string; url?: string }
type T = (key: string, vars?: Vars) => string;
const none: Strings = {};

// The saved-answers code (zod schemas, useSavedHousehold) and the plan-link code (lz-string) are chunks of
// their own, asked for as soon as this module runs when there is something to show (saved answers or a plan
// link): their set-up then runs as separate, shorter tasks. Without either the page says so without them.
// The file transfer is only shown with a plan.
type TransferCode = typeof import('../../storage/transfer');
const loadTransfer = () => import('../../storage/transfer');
const hasPlan = () => mayHoldAnswers() || location.hash.length > 1;
if (typeof window !== 'undefined' && hasPlan()) {
  preloadStorageCode();
  loadTransfer().catch(() => undefined); // handled where it is used
}
const Transfer = lazy(() => import('../shared/Transfer').then((m) => ({ default: m.Transfer })));

/** One text in the family's language with the German beside it (shown on screen and on paper). */
function Both({ k, vars, t, de, as: Tag = 'span' }: { k: string; vars?: Vars; t: T; de: T | null; as?: 'span' | 'div' | 'h3' | 'strong' }) {
  if (!de) return <Tag>{t(k, vars)}</Tag>;
  return (
    <Tag className="both">
      <span className="own">{t(k, vars)}</span>
      <span className="de" lang="de" dir="ltr">{de(k, vars)}</span>
    </Tag>
  );
}

function Step({ step, n, t, de, lang }: { step: PlanStep; n: number; t: T; de: T | null; lang: string }) {
  const route = step.route ? t(`route.${step.route}.name`) : '';
  const routeDe = step.route && de ? de(`route.${step.route}.name`) : '';
  const first = step.because[0];
  const key = step.id === 'deadline:104c' ? 'deadline-104c' : step.topic;
  const date = step.due ? formatDate(step.due, lang) : '';
  const dateDe = step.due ? formatDate(step.due, 'de') : '';
  const condition = step.topic === 'find-out' && first ? `condition.${first.route}.${first.condition}` : '';
  const title = (tr: T, r: string, d: string) => tr(`step.${key}.title`, { route: r, date: d, condition: condition ? tr(condition) : '' });
  return (
    <li className={`plan-step step-${step.topic}`} data-step={step.id}>
      <h3 className="both">
        <span className="own"><span className="step-n">{formatNumber(n, lang)}</span> {title(t, route, date)}</span>
        {de && <span className="de" lang="de" dir="ltr">{title(de, routeDe, dateDe)}</span>}
      </h3>
      {step.due && (
        <p className="due" data-due={step.due}>
          <Both k={step.topic === 'apply-from' ? 'planPage.from' : 'planPage.due'} vars={{ date }} t={t} de={de ? (k) => de(k, { date: dateDe }) : null} />
        </p>
      )}
      <p><Both k={`step.${key}.text`} t={t} de={de} /></p>
      {step.because.length > 0 && (
        <details className="why" open>
          <summary><Both k="planPage.why" t={t} de={de} /></summary>
          <ul>
            {step.because.map((b) => (
              <li key={`${b.route}/${b.condition}`}>
                <Both k={`condition.${b.route}.${b.condition}`} t={t} de={de} /> <bdi lang="de" dir="ltr" className="cite">{b.cite}</bdi>
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="step-facts">
        <div>
          <h4><Both k="planPage.documents" t={t} de={de} /></h4>
          <ul>{step.documents.map((d) => <li key={d}><Both k={`doc.${d}`} t={t} de={de} /></li>)}</ul>
        </div>
        <div>
          <h4><Both k="planPage.offices" t={t} de={de} /></h4>
          <ul>{step.offices.map((kind) => <li key={kind}><Both k={`office.${kind}`} t={t} de={de} /></li>)}</ul>
        </div>
      </div>
    </li>
  );
}

export default function PlanApp({ lang, strings, germanStrings = none, offices, legalAsOf, checkHref, resultHref, helpHref }: {
  /** germanStrings: the German texts of what shows before the rest arrives (title, disclaimer) */
  lang: Lang; strings: Strings; germanStrings?: Strings; offices: Office[]; legalAsOf: string; checkHref: string; resultHref: string; helpHref: string;
}) {
  // German is printed beside every other language
  const { page, german } = usePageStringsWithGerman(lang.code, 'plan', strings, lang.code === 'de' ? null : germanStrings);
  const t = useMemo(() => makeT(page.strings, lang.code), [page.strings, lang.code]);
  // German stands next to the family's language from the first paint, so nothing moves when it arrives
  const de = useMemo(() => (!german || german.status === 'failed' ? null : makeT(german.strings, 'de')), [german]);
  const [today] = useState(todayIso);
  const [qr, setQr] = useState('');
  const saved = useSavedHousehold();
  const [transfer, setTransfer] = useState<{ code: TransferCode; fromLink: ImportResult | null } | 'loading' | 'none' | 'failed'>('loading');
  const [stored, setStored] = useState<{ ok: boolean; error?: string } | null>(null);

  useEffect(() => {
    let live = true;
    if (!hasPlan()) {
      setTransfer('none');
      return;
    }
    loadTransfer().then(
      (code) => live && startTransition(() => setTransfer({ code, fromLink: location.hash ? code.parsePlanLink(location.hash) : null })),
      () => live && setTransfer('failed'),
    );
    return () => { live = false; };
  }, []);

  const fromLink = typeof transfer === 'object' ? transfer.fromLink : null;
  const source: { kind: 'loading' } | { kind: 'none'; error?: string } | { kind: 'saved' | 'link'; envelope: Envelope; error?: string; stored?: boolean } =
    transfer === 'loading' || saved.status === 'loading' ? { kind: 'loading' }
      : transfer === 'failed' || saved.status === 'failed' ? { kind: 'none', error: 'page.loadFailed' }
      : fromLink?.ok ? { kind: 'link', envelope: fromLink.envelope, stored: stored?.ok, error: stored?.error }
      : saved.status === 'ready' ? { kind: 'saved', envelope: saved.envelope, error: fromLink?.error }
      : { kind: 'none', error: fromLink?.error };
  const modules = typeof transfer === 'object' ? transfer.code : null;

  const envelope = source.kind === 'saved' || source.kind === 'link' ? source.envelope : null;
  const plan = useMemo(() => (envelope ? buildPlan(evaluate(envelope.household, today), envelope.household) : null), [envelope, today]);
  const usedKinds = new Set<string>(plan?.members.flatMap((m) => m.steps.flatMap((s) => s.offices)) ?? []);
  const link = envelope && modules ? `${location.origin}/${lang.code}/plan/${modules.toPlanFragment(envelope)}` : '';

  useEffect(() => {
    if (!link) return;
    let live = true;
    // loaded on use: the QR code library is only needed once there is a plan to print
    import('qrcode').then((QR) => QR.toString(link, { type: 'svg', errorCorrectionLevel: 'L', margin: 4 })).then((svg) => live && setQr(svg), () => live && setQr(''));
    return () => { live = false; };
  }, [link]);

  async function storeHere() {
    if (source.kind !== 'link') return;
    const { save } = await import('../../storage/local');
    const result = save(localStorage, source.envelope);
    setStored(result.ok ? { ok: true } : { ok: false, error: result.error });
  }

  const ready = page.status === 'ready' && german?.status !== 'loading';
  const waiting = (!ready || source.kind === 'loading') && page.status !== 'failed';
  return (
    <StringsProvider value={{ lang, t, second: null }}>
      <div className="plan-app">
        <h1><Both k="planPage.title" t={t} de={de} /></h1>
        <div className="print-only print-head">
          <p className="printed">
            <span>{t('planPage.printedOn', { date: formatDate(today, lang.code) })}</span> · <span>{t('planPage.asOf', { date: formatDate(legalAsOf, lang.code) })}</span>
          </p>
          {/* on paper the QR code comes first: it is what a family scans at the next appointment */}
          {qr && (
            <figure className="qr">
              <div className="qr-code" dangerouslySetInnerHTML={{ __html: qr }} />
              <figcaption><Both k="planPage.qr" t={t} de={de} /></figcaption>
            </figure>
          )}
        </div>
        <p className="notice"><Both k="result.disclaimer" t={t} de={de} /></p>
        {/* keeps its height while the plan loads, so the footer does not jump when a short answer arrives */}
        <div className="island-body">
        {page.status === 'failed' && <p className="notice" role="alert">{t('page.loadFailed')}</p>}
        {source.kind !== 'loading' && source.error && <p className="error-message" role="alert" data-testid="import-error">{t(source.error)}</p>}
        {/* one status line, first "loading", then "no answers yet" if so: updated in place, it does not
            re-flow the page */}
        {waiting || (ready && source.kind === 'none') ? (
          <p data-testid="plan-status">{waiting ? t('result.loading') : <><Both k="planPage.empty" t={t} de={de} /> <a href={checkHref}>{t('planPage.toCheck')}</a></>}</p>
        ) : null}
        {ready && source.kind === 'link' && (
          <div className="notice no-print" role="status">
            {source.stored ? <p>{t('planPage.savedHere')}</p> : (
              <>
                <p>{t('planPage.fromLink')}</p>
                <p><button type="button" className="button" data-testid="save-plan" onClick={storeHere}>{t('planPage.saveHere')}</button></p>
              </>
            )}
          </div>
        )}
        {ready && plan && (
          <>
            <p className="no-print"><Both k="planPage.intro" t={t} de={de} /></p>
            <p className="button-row no-print">
              <button type="button" className="button" data-testid="print" onClick={() => window.print()}>{t('planPage.print')}</button>
              <a className="button secondary" href={resultHref}>{t('planPage.toResult')}</a>
            </p>
            {plan.members.map((m) => (
              <section key={m.id} className="plan-member" data-member={m.id}>
                <h2><Both k="planPage.forMember" vars={{ name: nameById(envelope!.household, m.id) }} t={t} de={de} /></h2>
                <Timeline steps={m.steps} today={today} lang={lang.code} label={(end) => t('planPage.timeline', { name: nameById(envelope!.household, m.id), date: formatDate(end, lang.code) })} />
                {m.steps.length === 0 ? <p><Both k="planPage.noSteps" t={t} de={de} /></p> : (
                  <ol className="plan-steps">
                    {m.steps.map((s, i) => <Step key={s.id} step={s} n={i + 1} t={t} de={de} lang={lang.code} />)}
                  </ol>
                )}
              </section>
            ))}
            <section className="plan-end">
              <h2><Both k="planPage.help" t={t} de={de} /></h2>
              <p><Both k="planPage.helpText" t={t} de={de} /> <a className="no-print" href={helpHref}>{t('planPage.help')}</a></p>
              <ul className="plan-offices">
                {offices.filter((o) => usedKinds.has(o.kind)).map((o) => (
                  <li key={o.id}><bdi lang="de" dir="ltr"><strong>{o.name}</strong>{o.address && `, ${o.address}`}</bdi></li>
                ))}
              </ul>
              {qr && (
                <figure className="qr no-print">
                  <div className="qr-code" data-testid="plan-qr" dangerouslySetInnerHTML={{ __html: qr }} />
                  <figcaption><Both k="planPage.qr" t={t} de={de} /></figcaption>
                </figure>
              )}
            </section>
            <div className="no-print"><Suspense fallback={null}><Transfer onImported={() => location.reload()} /></Suspense></div>
          </>
        )}
        </div>
      </div>
    </StringsProvider>
  );
}
