import { useId } from 'react';
import { Pair } from '../shared/strings';
import { splitDateText } from '../../flows/validate';

export interface DateParts { day: string; month: string; year: string }

/**
 * GOV.UK date input: three number boxes, kept as typed (never reformatted while typing). A whole date
 * typed or pasted into one box ("14.5.1992", "١٤ / ٥ / ١٩٩٢") is spread over the three. No maxLength:
 * it would cut a pasted date short; checkDate says what is wrong instead.
 */
export function DateField({ legendKey, legendVars, hintKey, hintVars, value, onChange, error, asHeading, testId }: {
  legendKey: string; legendVars?: Record<string, string>; hintKey?: string; hintVars?: Record<string, string>;
  value: DateParts; onChange: (v: DateParts) => void; error?: string; asHeading?: boolean; testId?: string;
}) {
  const id = useId();
  const describedBy = [hintKey && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const part = (name: keyof DateParts, width: string) => (
    <div className={`date-part ${width}`}>
      <label htmlFor={`${id}-${name}`}><Pair k={`date.${name}`} /></label>
      <input
        id={`${id}-${name}`} name={name} inputMode="numeric" autoComplete="off" dir="ltr"
        className={error ? 'input-error' : undefined} aria-invalid={error ? true : undefined}
        value={value[name]} onChange={(e) => onChange(splitDateText(e.target.value) ?? { ...value, [name]: e.target.value })}
      />
    </div>
  );
  return (
    <fieldset className="field" aria-describedby={describedBy} data-testid={testId}>
      <legend className={asHeading ? 'legend-heading' : undefined}>
        {asHeading ? <h1><Pair k={legendKey} vars={legendVars} /></h1> : <Pair k={legendKey} vars={legendVars} />}
      </legend>
      {hintKey && <p id={`${id}-hint`} className="hint"><Pair k={hintKey} vars={hintVars} /></p>}
      {error && <p id={`${id}-error`} className="error-message"><Pair k={`errors.${error}`} /></p>}
      <div className="date-parts">{part('day', 'w2')}{part('month', 'w2')}{part('year', 'w4')}</div>
    </fieldset>
  );
}
