import { useId, useState, type FormEvent } from 'react';
import { DateField, type DateParts } from './DateField';
import { Pair, useStrings } from '../shared/strings';
import { nationalityAnswers, useCountries } from './countries';
import { questionById, getAnswer, toFieldValue, toFormValue, type QuestionId } from '../../flows/questions';
import type { Member } from '../../rules/schema';
import { nameOf } from '../../rules/people';
import { checkDate, checkNumber, splitDate } from '../../flows/validate';

const UNKNOWN = '__unknown__';

/** One question per screen: question as the page heading, hint, answer, "I don't know", where to look. */
export function QuestionScreen({ member, question, answered, today, progress, onAnswer, onBack }: {
  member: Member; question: QuestionId; answered: boolean; today: string;
  progress: { current: number; total: number };
  onAnswer: (value: unknown) => void; onBack: () => void;
}) {
  const { t, lang } = useStrings();
  const q = questionById(question);
  const id = useId();
  const current = getAnswer(member, question);
  const vars = { name: nameOf(member) };
  const initial = answered && current === undefined ? UNKNOWN : toFormValue(q, current);
  const [choice, setChoice] = useState<string>(initial === undefined ? '' : String(initial));
  const [date, setDate] = useState<DateParts>(splitDate(typeof current === 'string' && q.kind === 'date' ? current : undefined));
  const [error, setError] = useState<string | null>(null);
  const countries = useCountries(q.kind === 'country' ? lang.code : null);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (choice === UNKNOWN) return onAnswer(undefined);
    if (q.kind === 'date') {
      const checked = checkDate(date, { today, future: q.future, notBefore: q.future ? undefined : member.birthDate });
      if (!checked.ok) return setError(checked.error);
      return onAnswer(checked.iso);
    }
    if (q.kind === 'number') {
      const checked = checkNumber(choice, q.min ?? 0, q.max ?? 999);
      if (!checked.ok) return setError('number');
      return onAnswer(checked.value);
    }
    if (!choice) return setError('choose');
    onAnswer(toFieldValue(q, choice));
  }

  const errorVars = { min: q.min ?? 0, max: q.max ?? 999 };
  const base = `q.${question}`;
  const unknownBox = (
    <div className="unknown">
      <div className="radio">
        <input type="radio" data-testid="answer-unknown" id={`${id}-unknown`} name={`${id}-answer`} checked={choice === UNKNOWN} onChange={() => { setChoice(UNKNOWN); setError(null); }} />
        <label htmlFor={`${id}-unknown`}><Pair k="unknown.label" /></label>
      </div>
      <details className="where">
        <summary><Pair k="unknown.where" /></summary>
        <p><Pair k={`${base}.where`} vars={vars} /></p>
      </details>
    </div>
  );

  return (
    <form onSubmit={submit} noValidate className="question" data-screen="question" data-member={member.id} data-name={nameOf(member)} data-question={question} data-key={`${member.id}/${question}`}>
      <button type="button" className="link-button back" data-testid="back" onClick={onBack}><span className="rtl-flip" aria-hidden="true">←</span> <Pair k="nav.back" /></button>
      <p className="progress"><Pair k="nav.progress" vars={progress} /> · <Pair k="nav.about" vars={vars} /></p>
      {error && (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h2><Pair k="errors.title" /></h2>
          <p><Pair k={`errors.${error}`} vars={errorVars} /></p>
        </div>
      )}
      {q.kind === 'date' ? (
        <>
          <DateField asHeading legendKey={`${base}.title`} legendVars={vars} hintKey={`${base}.hint`} hintVars={vars}
            value={date} onChange={(v) => { setDate(v); if (choice === UNKNOWN) setChoice(''); }} error={error && choice !== UNKNOWN ? error : undefined} />
          {unknownBox}
        </>
      ) : (
        <fieldset className="field" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
          <legend className="legend-heading"><h1><Pair k={`${base}.title`} vars={vars} /></h1></legend>
          <p id={`${id}-hint`} className="hint"><Pair k={`${base}.hint`} vars={vars} /></p>
          {error && <p id={`${id}-error`} className="error-message"><Pair k={`errors.${error}`} vars={errorVars} /></p>}
          {q.kind === 'choice' && (
            <div className="radios">
              {q.options!.map((opt) => (
                <div className="radio" key={opt}>
                  <input type="radio" data-testid={`answer-${opt}`} id={`${id}-${opt}`} name={`${id}-answer`} value={opt} checked={choice === opt} onChange={() => { setChoice(opt); setError(null); }} />
                  <label htmlFor={`${id}-${opt}`}><Pair k={`${base}.options.${opt}`} /></label>
                </div>
              ))}
            </div>
          )}
          {q.kind === 'number' && (
            <div className="number-field">
              <label htmlFor={`${id}-number`} className="visually-hidden">{t(`${base}.title`, vars)}</label>
              <input id={`${id}-number`} data-testid="answer-number" inputMode="decimal" dir="ltr" className={error ? 'input-error' : undefined} aria-invalid={error ? true : undefined}
                value={choice === UNKNOWN ? '' : choice} onChange={(e) => { setChoice(e.target.value); setError(null); }} />
            </div>
          )}
          {q.kind === 'country' && (
            <div className="select-field">
              <label htmlFor={`${id}-country`}><Pair k={`${base}.choose`} /></label>
              {countries === 'failed' ? <p className="error-message"><Pair k="nationality.failed" /></p> : (
                <select id={`${id}-country`} data-testid="answer-country" value={choice === UNKNOWN ? '' : choice} aria-busy={countries === 'loading' || undefined} onChange={(e) => { setChoice(e.target.value); setError(null); }}>
                  <option value="">{countries === 'loading' ? t('nationality.loading') : '–'}</option>
                  {countries && typeof countries === 'object' && (
                    <>
                      <optgroup label={t('nationality.common')}>{countries.common.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}</optgroup>
                      <optgroup label={t('nationality.all')}>{countries.all.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}</optgroup>
                    </>
                  )}
                  <optgroup label={t('nationality.other')}>{nationalityAnswers.map((v) => <option key={v} value={v}>{t(`nationality.${v}`)}</option>)}</optgroup>
                </select>
              )}
            </div>
          )}
          {unknownBox}
        </fieldset>
      )}
      <button type="submit" className="button" data-testid="continue"><Pair k="nav.continue" /></button>
    </form>
  );
}
