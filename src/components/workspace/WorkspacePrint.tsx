/**
 * Printing (loaded on use): a preview of the chosen sheet over the workspace, printed with the browser's
 * print dialog; on paper only the sheet shows. The family's sheet is in their language with German beside
 * it and carries the QR code of the plan link (the answers travel in the fragment, after #, which browsers
 * never send). Also the QR code shown on screen for the family's phone.
 */
import { useEffect, useMemo, useState } from 'react';
import { toPlanFragment } from '../../storage/transfer';
import type { Envelope } from '../../storage/envelope';
import type { Family } from '../../storage/workspace/model';
import type { StepRow } from '../../storage/workspace/progress';
import type { stateOf } from '../../storage/workspace/meetings';
import type { Household } from '../../rules/schema';
import { makeT, Pair, usePageStringsWithGerman, useStrings, type Lang } from '../shared/strings';
import { CaseFileSheet, FamilyPlanSheet, type Office } from './sheets';
import '../../styles/plan.css';

const none = {};

/** The plan link a phone opens: this site's plan page in the family's language, the answers in the fragment. */
export const planLink = (envelope: Envelope, lang: string) => `${location.origin}/${lang}/plan/${toPlanFragment(envelope)}`;

function useQr(text: string) {
  const [svg, setSvg] = useState('');
  useEffect(() => {
    let live = true;
    import('qrcode').then((QR) => QR.toString(text, { type: 'svg', errorCorrectionLevel: 'L', margin: 4 })).then((s) => live && setSvg(s), () => live && setSvg(''));
    return () => { live = false; };
  }, [text]);
  return svg;
}

/** The QR code of the family's plan, for their phone to scan. */
export function PhoneLink({ envelope, lang }: { envelope: Envelope; lang: string }) {
  const svg = useQr(planLink(envelope, lang));
  return svg ? (
    <figure className="qr ws-phone-qr">
      <div className="qr-code" data-testid="phone-qr" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption><Pair k="transfer.phoneScan" /></figcaption>
    </figure>
  ) : <p role="status">…</p>;
}

export default function WorkspacePrint({ kind, family, household, state, rows, today, lang, familyLang, offices, legalAsOf, onDone }: {
  kind: 'family' | 'case'; family: Family; household: Household; state: NonNullable<ReturnType<typeof stateOf>>; rows: StepRow[]; today: string;
  lang: Lang; familyLang: Lang; offices: Office[]; legalAsOf: string; onDone: () => void;
}) {
  const { t } = useStrings();
  const own = usePageStringsWithGerman(familyLang.code, 'plan', none, familyLang.code === 'de' ? null : none);
  const ft = useMemo(() => makeT(own.page.strings, familyLang.code), [own.page.strings, familyLang.code]);
  const de = useMemo(() => (own.german && own.german.status === 'ready' ? makeT(own.german.strings, 'de') : null), [own.german]);
  const qr = useQr(planLink(family.envelope!, familyLang.code));
  const ready = kind === 'case' || (own.page.status !== 'loading' && own.german?.status !== 'loading' && qr !== '');
  const [printed, setPrinted] = useState(false);

  useEffect(() => {
    if (!ready || printed) return;
    setPrinted(true);
    // after the sheet has been laid out
    requestAnimationFrame(() => setTimeout(() => window.print(), 0));
  }, [ready, printed]);
  useEffect(() => {
    const key = (e: KeyboardEvent) => { if (e.key === 'Escape') onDone(); };
    window.addEventListener('keydown', key);
    document.querySelector<HTMLElement>('.ws-print-bar button')?.focus();
    return () => window.removeEventListener('keydown', key);
  }, [onDone]);

  return (
    <div className="ws-print" role="dialog" aria-modal="true" aria-label={t(kind === 'family' ? 'sheet.printFamily' : 'sheet.printCase')} data-testid="print-preview" data-ready={ready}>
      <p className="ws-print-bar no-print">
        <button type="button" className="button secondary" data-testid="print-close" onClick={onDone}><Pair k="sheet.close" /></button>
        <button type="button" className="button" data-testid="print-again" onClick={() => window.print()}><Pair k="sheet.print" /></button>
      </p>
      {kind === 'case' ? (
        <CaseFileSheet family={family} household={household} glance={state.glance} rows={rows} today={today} lang={lang.code} t={t} />
      ) : ready ? (
        <FamilyPlanSheet household={household} steps={state.plan.members} today={today} lang={familyLang.code} dir={familyLang.dir} t={ft} de={familyLang.code === 'de' ? null : de}
          qr={qr} offices={offices} legalAsOf={legalAsOf} />
      ) : <p role="status">…</p>}
    </div>
  );
}
