import { Pair, useStrings } from '../shared/strings';
import { questionById, getAnswer, toFormValue, questionIds, type QuestionId } from '../../flows/questions';
import { isAsked, type Position } from '../../flows/next';
import type { Member } from '../../rules/schema';
import { nameOf } from '../../rules/people';
import { countryName, useCountries } from './countries';
import { formatDate } from '../../i18n/dates';
import { formatNumber } from '../../i18n/digits';
import type { ReactNode } from 'react';
import type { Envelope } from '../../storage/envelope';
import { Transfer } from '../shared/Transfer';

/** Every answer with a "change" link (GOV.UK check-answers pattern). */
export function ReviewScreen({ members, asked, onEdit, onEditMembers, onConfirm, onImported, children }: {
  members: Member[]; asked: readonly string[]; onImported: (e: Envelope) => void;
  onEdit: (p: Position) => void; onEditMembers: () => void; onConfirm: () => void; children?: ReactNode;
}) {
  const { t, lang } = useStrings();
  const countries = useCountries(lang.code);

  function shown(member: Member, q: QuestionId) {
    const def = questionById(q);
    const raw = getAnswer(member, q);
    if (raw === undefined) return <Pair k="review.unknown" />;
    if (def.kind === 'country') return raw === 'stateless' || raw === 'unclear' ? <Pair k={`nationality.${raw}`} /> : <bdi>{countryName(typeof countries === 'object' ? countries : null, String(raw)) ?? String(raw)}</bdi>;
    if (def.kind === 'choice') return <Pair k={`q.${q}.options.${toFormValue(def, raw)}`} />;
    if (def.kind === 'date' && typeof raw === 'string') return <bdi>{formatDate(raw, lang.code)}</bdi>;
    return <bdi dir="ltr">{typeof raw === 'number' ? formatNumber(raw, lang.code) : String(raw)}</bdi>;
  }

  return (
    <div className="review" data-screen="review">
      <h1><Pair k="review.title" /></h1>
      <p className="hint"><Pair k="review.hint" /></p>
      <p><button type="button" className="button secondary" onClick={onEditMembers}><Pair k="review.changeMembers" /></button></p>
      {members.map((m) => (
        <section key={m.id} className="review-member">
          <h2><bdi>{nameOf(m)}</bdi></h2>
          <dl className="summary-list">
            {questionIds.filter((q) => isAsked({ asked }, m.id, q)).map((q) => (
              <div className="summary-row" key={q}>
                <dt><Pair k={`q.${q}.title`} vars={{ name: nameOf(m) }} /></dt>
                <dd>{shown(m, q)}</dd>
                <dd className="summary-action">
                  <button type="button" className="link-button" data-testid={`change-${m.id}-${q}`} onClick={() => onEdit({ member: m.id, question: q })}>
                    {t('review.change')}<span className="visually-hidden">: {t(`q.${q}.title`, { name: nameOf(m) })}</span>
                  </button>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {children}
      <p><button type="button" className="button" data-testid="confirm" onClick={onConfirm}><Pair k="review.confirm" /></button></p>
      <Transfer onImported={onImported} />
    </div>
  );
}
