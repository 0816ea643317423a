/**
 * The result per family member: every route with its result and, for each condition, whether it is
 * met, missing, to find out, or checked by the authority. Computed here on the device from saved answers.
 */
import { useMemo, useState } from 'react';
import { evaluate } from '../../rules/evaluate';
import type { Evaluation } from '../../rules/schema';
import { todayIso } from '../../flows/today';
import { StringsProvider, makeT, Pair, useStrings, useCaseworkerLanguage, usePageStrings, type Lang } from '../shared/strings';
import { SecondLanguage } from '../shared/SecondLanguage';
import type { Strings } from '../../i18n/format';
import { dateValue } from '../../i18n/dates';
import { preloadStorageCode } from '../../storage/lazy';
import { useSavedHousehold } from '../shared/useSavedHousehold';
import { nameById } from '../../rules/people';
import type { Household } from '../../rules/schema';

// the saved-answers code (zod schemas), fetched now if there are answers to read; without any the page
// says so without it
preloadStorageCode();

type MemberResult = Evaluation['members'][number];
type RouteResult = MemberResult['routes'][number];

const order = ['possible', 'later', 'missing', 'unknown', 'excluded'] as const;


function Route({ route, household }: { route: RouteResult; household: Household }) {
  const { lang } = useStrings();
  const groups = {
    met: route.conditions.filter((c) => c.state === 'met'),
    todo: route.conditions.filter((c) => c.state === 'not-met'),
    later: route.conditions.filter((c) => c.state === 'met-later'),
    unknown: route.conditions.filter((c) => c.state === 'unknown'),
    authority: route.conditions.filter((c) => c.state === 'authority'),
  };
  return (
    <article className={`route-result result-${route.result}`} data-route={route.id} data-result={route.result}>
      <h3><Pair k={`route.${route.id}.name`} /></h3>
      <p className={`badge badge-${route.result}`}><Pair k={`result.${route.result}`} /></p>
      {route.dependsOn && <p><Pair k="result.dependsOn" vars={{ member: nameById(household, route.dependsOn.member) }} /></p>}
      {route.possibleFrom && <p><Pair k="result.possibleFrom" vars={{ date: dateValue(route.possibleFrom) }} /></p>}
      {route.applyBefore && <p className="deadline"><Pair k="result.applyBefore" vars={{ date: dateValue(route.applyBefore) }} /></p>}
      {(Object.keys(groups) as (keyof typeof groups)[]).filter((g) => groups[g].length).map((g) => (
        <div key={g} className={`condition-group group-${g}`}>
          <h4><Pair k={`result.group.${g}`} /></h4>
          <ul>
            {groups[g].map((c) => (
              <li key={c.id} data-condition={c.id}>
                <Pair k={`condition.${route.id}.${c.id}`} />
                {c.metOn && <> <Pair k="result.metOn" vars={{ date: dateValue(c.metOn) }} /></>}
                {c.reason && <p className="reason"><Pair k={`reason.${c.reason}`} /></p>}
                <details className="cite"><summary><Pair k="result.law" /></summary><bdi lang="de" dir="ltr">{c.cite}</bdi></details>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </article>
  );
}

function Member({ member, household }: { member: MemberResult; household: Household }) {
  const routes = [...member.routes].sort((a, b) => order.indexOf(a.result) - order.indexOf(b.result));
  const open = routes.filter((r) => r.result !== 'excluded');
  const closed = routes.filter((r) => r.result === 'excluded');
  return (
    <section className="member-result" data-member={member.id} data-name={nameById(household, member.id)}>
      <h2><bdi>{nameById(household, member.id)}</bdi></h2>
      {open.map((r) => <Route key={r.id} route={r} household={household} />)}
      {closed.length > 0 && (
        <details className="excluded-routes">
          <summary><Pair k="result.excludedTitle" vars={{ count: closed.length }} /></summary>
          {closed.map((r) => <Route key={r.id} route={r} household={household} />)}
        </details>
      )}
    </section>
  );
}

export default function ResultApp({ lang, languages, strings, checkHref, planHref }: {
  lang: Lang; languages: Lang[]; strings: Strings; checkHref: string; planHref: string;
}) {
  const page = usePageStrings(lang.code, 'plan', strings);
  const t = useMemo(() => makeT(page.strings, lang.code), [page.strings, lang.code]);
  const saved = useSavedHousehold();
  const caseworker = useCaseworkerLanguage(languages, 'plan');
  const [today] = useState(todayIso);
  const evaluation = useMemo(() => (saved.status === 'ready' ? evaluate(saved.envelope.household, today) : null), [saved, today]);
  const state = saved.status === 'ready' ? { kind: 'ready' as const, household: saved.envelope.household, evaluation: evaluation!, notice: saved.notice } : saved.status === 'loading' ? { kind: 'loading' as const } : { kind: saved.status };

  const value = { lang, t, second: caseworker.second };

  return (
    <StringsProvider value={value}>
      <div className={`check-app result-app${value.second ? ' caseworker' : ''}`}>
        <SecondLanguage languages={languages} current={lang.code} value={caseworker.code} onChange={caseworker.choose} status={caseworker.status} />
        <h1><Pair k="result.title" /></h1>
        <p className="notice"><Pair k="result.disclaimer" /></p>
        {/* keeps its height while the result loads, so the footer does not jump (as on the plan page) */}
        <div className="island-body">
        {(page.status === 'failed' || state.kind === 'failed') && <p className="notice" role="alert">{t('page.loadFailed')}</p>}
        {(state.kind === 'loading' || page.status === 'loading') && <p>{t('result.loading')}</p>}
        {page.status === 'ready' && state.kind === 'empty' && <p><Pair k="result.empty" /> <a href={checkHref}>{t('result.toCheck')}</a></p>}
        {page.status === 'ready' && state.kind === 'ready' && (
          <>
            {state.notice && <p className="notice" role="status">{t(state.notice)}</p>}
            {state.evaluation.members.map((m) => <Member key={m.id} member={m} household={state.household} />)}
            <p className="button-row">
              <a className="button" href={planHref}>{t('result.toPlan')}</a>
              <a className="button secondary" href={checkHref}>{t('result.changeAnswers')}</a>
            </p>
          </>
        )}
        </div>
      </div>
    </StringsProvider>
  );
}
