/**
 * The two printouts of a family: the family's own plan as the plan page prints it (their language with
 * German beside it, the QR code that opens it on their phone), and the one-page integration plan for the
 * case file (per person the agreed goals, what may fit, and each step with who does it, by when and its
 * state). Rendered only while printing.
 */
import type { ReactNode } from 'react';
import type { PlanStep } from '../../plan';
import type { Family } from '../../storage/workspace/model';
import type { Glance } from '../../storage/workspace/meetings';
import type { StepRow } from '../../storage/workspace/progress';
import type { Household } from '../../rules/schema';
import { nameById } from '../../rules/people';
import { dateValue, formatDate } from '../../i18n/dates';
import type { Vars } from '../../i18n/format';
import { Timeline } from '../plan/Timeline';
import { routeName, stepTitle, type T } from './words';

export interface Office { id: string; kind: string; name: string; address?: string }

/** One text in the family's language with the German beside it (as on the plan page). */
function Both({ own, de, as: Tag = 'span' }: { own: string; de: string | null; as?: 'span' | 'div' | 'h2' | 'h3' | 'strong' }) {
  if (de === null) return <Tag>{own}</Tag>;
  return (
    <Tag className="both">
      <span className="own">{own}</span>
      <span className="de" lang="de" dir="ltr">{de}</span>
    </Tag>
  );
}

function PlanStepItem({ step, n, t, de, lang }: { step: PlanStep; n: number; t: T; de: T | null; lang: string }) {
  const key = step.id === 'deadline:104c' ? 'deadline-104c' : step.topic;
  const both = (k: string, vars?: Vars, varsDe?: Vars) => <Both own={t(k, vars)} de={de ? de(k, varsDe ?? vars) : null} />;
  return (
    <li className={`plan-step step-${step.topic}`} data-step={step.id}>
      <h3 className="both">
        <span className="own"><span className="step-n">{n}</span> {stepTitle(t, step, lang)}</span>
        {de && <span className="de" lang="de" dir="ltr">{stepTitle(de, step, 'de')}</span>}
      </h3>
      {step.due && (
        <p className="due" data-due={step.due}>
          {both(step.topic === 'apply-from' ? 'planPage.from' : 'planPage.due', { date: dateValue(step.due) })}
        </p>
      )}
      <p>{both(`step.${key}.text`)}</p>
      {step.because.length > 0 && (
        <details className="why" open>
          <summary>{both('planPage.why')}</summary>
          <ul>
            {step.because.map((b) => <li key={`${b.route}/${b.condition}`}>{both(`condition.${b.route}.${b.condition}`)} <bdi lang="de" dir="ltr" className="cite">{b.cite}</bdi></li>)}
          </ul>
        </details>
      )}
      <div className="step-facts">
        <div><h4>{both('planPage.documents')}</h4><ul>{step.documents.map((d) => <li key={d}>{both(`doc.${d}`)}</li>)}</ul></div>
        <div><h4>{both('planPage.offices')}</h4><ul>{step.offices.map((k) => <li key={k}>{both(`office.${k}`)}</li>)}</ul></div>
      </div>
    </li>
  );
}

/** The family's plan as the plan page prints it, in `lang` with German (`de`) beside it. */
export function FamilyPlanSheet({ household, steps, today, lang, dir, t, de, qr, offices, legalAsOf }: {
  household: Household; steps: { id: string; steps: PlanStep[] }[]; today: string; lang: string; dir: 'ltr' | 'rtl'; t: T; de: T | null; qr: string; offices: Office[]; legalAsOf: string;
}) {
  const used = new Set<string>(steps.flatMap((m) => m.steps.flatMap((s) => s.offices)));
  return (
    <div className="ws-sheet plan-app" data-sheet="family" lang={lang} dir={dir}>
      <h1><Both own={t('planPage.title')} de={de ? de('planPage.title') : null} /></h1>
      <p className="printed">{t('planPage.printedOn', { date: dateValue(today) })} · {t('planPage.asOf', { date: dateValue(legalAsOf) })}</p>
      {qr && (
        <figure className="qr">
          <div className="qr-code" dangerouslySetInnerHTML={{ __html: qr }} />
          <figcaption><Both own={t('planPage.qr')} de={de ? de('planPage.qr') : null} /></figcaption>
        </figure>
      )}
      <p className="notice"><Both own={t('result.disclaimer')} de={de ? de('result.disclaimer') : null} /></p>
      {steps.map((m) => {
        const name = nameById(household, m.id);
        return (
          <section key={m.id} className="plan-member" data-member={m.id}>
            <h2><Both own={t('planPage.forMember', { name })} de={de ? de('planPage.forMember', { name }) : null} /></h2>
            <Timeline steps={m.steps} today={today} lang={lang} label={(end) => t('planPage.timeline', { name, date: dateValue(end) })} />
            {m.steps.length === 0 ? <p><Both own={t('planPage.noSteps')} de={de ? de('planPage.noSteps') : null} /></p> : (
              <ol className="plan-steps">{m.steps.map((s, i) => <PlanStepItem key={s.id} step={s} n={i + 1} t={t} de={de} lang={lang} />)}</ol>
            )}
          </section>
        );
      })}
      <section className="plan-end">
        <h2><Both own={t('planPage.help')} de={de ? de('planPage.help') : null} /></h2>
        <p><Both own={t('planPage.helpText')} de={de ? de('planPage.helpText') : null} /></p>
        <ul className="plan-offices">
          {offices.filter((o) => used.has(o.kind)).map((o) => <li key={o.id}><bdi lang="de" dir="ltr"><strong>{o.name}</strong>{o.address && `, ${o.address}`}</bdi></li>)}
        </ul>
      </section>
    </div>
  );
}

/** The one-page integration plan for the case file, in the case manager's language. */
export function CaseFileSheet({ family, household, glance, rows, today, lang, t }: {
  family: Family; household: Household; glance: Glance; rows: StepRow[]; today: string; lang: string; t: T;
}): ReactNode {
  const last = family.meetings.at(-1)?.date;
  const goals = new Map(family.goals.map((g) => [g.member, g.text]));
  return (
    <div className="ws-sheet ws-case-file" data-sheet="case-file">
      <h1>{t('sheet.caseTitle')}</h1>
      <dl className="ws-case-head">
        <div><dt>{t('family.label')}</dt><dd><bdi>{family.label}</bdi></dd></div>
        <div><dt>{t('family.lastMeeting')}</dt><dd>{last ? formatDate(last, lang) : t('family.noMeeting')}</dd></div>
        <div><dt>{t('family.nextAppointment')}</dt><dd>{family.nextAppointment ? formatDate(family.nextAppointment, lang) : '–'}</dd></div>
        <div><dt>{t('sheet.printedOn')}</dt><dd>{formatDate(today, lang)}</dd></div>
      </dl>
      {household.members.map((m) => {
        const g = glance.members.find((x) => x.id === m.id);
        const mine = rows.filter((r) => r.member === m.id);
        const fits = [...(g?.possible ?? []).map((r) => routeName(t, r)), ...(g?.later ?? []).map((l) => t('glance.laterRoute', { route: routeName(t, l.route), date: dateValue(l.from) }))];
        return (
          <section key={m.id} className="ws-case-member" data-member={m.id}>
            <h2><bdi>{nameById(household, m.id)}</bdi></h2>
            <p><strong>{t('goals.title')}:</strong> {goals.get(m.id) || '–'}</p>
            <p><strong>{t('glance.mayFit')}:</strong> {fits.length ? fits.join('; ') : t('glance.nothingYet')}</p>
            {mine.length > 0 && (
              <table className="ws-case-steps">
                <thead><tr><th scope="col">{t('steps.step')}</th><th scope="col">{t('steps.who')}</th><th scope="col">{t('steps.date')}</th><th scope="col">{t('steps.state')}</th><th scope="col">{t('steps.note')}</th></tr></thead>
                <tbody>
                  {mine.map((r) => (
                    <tr key={r.step.id} data-step={r.step.id} data-state={r.progress.state}>
                      <td>{stepTitle(t, r.step, lang)}</td>
                      <td>{r.progress.responsible ? t(`responsible.${r.progress.responsible}`) : '–'}</td>
                      <td>{r.progress.date ? formatDate(r.progress.date, lang, 'numeric') : r.step.due ? formatDate(r.step.due, lang, 'numeric') : '–'}</td>
                      <td>{t(`state.${r.progress.state}`)}</td>
                      <td>{r.progress.note ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
      <p className="hint">{t('sheet.caseNote')}</p>
    </div>
  );
}
