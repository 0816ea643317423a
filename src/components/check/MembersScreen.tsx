import { useId, useState, type FormEvent } from 'react';
import { DateField, type DateParts } from './DateField';
import { Pair, useStrings } from '../shared/strings';
import { checkDate } from '../../flows/validate';
import { formatDate } from '../../i18n/dates';
import { cleanName, nameProblem } from '../../storage/gate/names';
import { newMemberId } from '../../flows/people';
import type { Member } from '../../rules/schema';
import { nameOf } from '../../rules/people';
import type { NewMember } from '../../flows/check.machine';
import { maxMembers } from '../../rules/facts';
import type { ReactNode } from 'react';

const roles = ['parent', 'child', 'other'] as const;

/** "Who lives with you?": the GOV.UK add-to-a-list pattern. */
export function MembersScreen({ members, today, onAdd, onRemove, onContinue, children }: {
  members: Member[]; today: string;
  onAdd: (m: NewMember) => void; onRemove: (id: string) => void; onContinue: () => void; children?: ReactNode;
}) {
  const { t, lang } = useStrings();
  const id = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<string>('');
  const [birth, setBirth] = useState<DateParts>({ day: '', month: '', year: '' });
  const [errors, setErrors] = useState<{ name?: string; role?: string; birth?: string; list?: string }>({});

  function add(e: FormEvent) {
    e.preventDefault();
    const problem = nameProblem(name, members.map(nameOf));
    const d = checkDate(birth, { today });
    const next = { name: problem ?? undefined, role: role ? undefined : 'choose', birth: d.ok ? undefined : d.error };
    setErrors(next);
    if (problem || !d.ok || !role) return;
    onAdd({ id: newMemberId(members.map((m) => m.id)), name: cleanName(name), birthDate: d.iso, role: role as NewMember['role'] });
    setName(''); setRole(''); setBirth({ day: '', month: '', year: '' });
  }

  const shown = Object.entries(errors).filter(([f, v]) => v && f !== 'list');
  return (
    <div className="members" data-screen="members">
      <h1><Pair k="members.title" /></h1>
      <p className="hint"><Pair k="members.hint" /></p>
      {shown.length > 0 && (
        <div className="error-summary" role="alert">
          <h2><Pair k="errors.title" /></h2>
          <ul>{shown.map(([f, v]) => <li key={f}><Pair k={`errors.${v}`} /></li>)}</ul>
        </div>
      )}
      <h2><Pair k="members.listTitle" /></h2>
      {members.length === 0 ? <p><Pair k="members.empty" /></p> : (
        <ul className="member-list" data-testid="member-list">
          {members.map((m) => (
            <li key={m.id}>
              <span><bdi>{nameOf(m)}</bdi> · <Pair k={`members.roles.${m.role ?? 'other'}`} /> · <bdi className="nowrap">{formatDate(m.birthDate, lang.code)}</bdi></span>
              <button type="button" className="link-button" onClick={() => onRemove(m.id)}>{t('members.remove', { name: nameOf(m) })}</button>
            </li>
          ))}
        </ul>
      )}
      {members.length >= maxMembers ? <p className="notice"><Pair k="members.full" vars={{ max: maxMembers }} /></p> : (
      <form onSubmit={add} noValidate className="add-member">
        <h2><Pair k="members.addTitle" /></h2>
        <div className="field">
          <label htmlFor={`${id}-name`}><Pair k="members.name" /></label>
          <p id={`${id}-name-hint`} className="hint"><Pair k="members.nameHint" /></p>
          {errors.name && <p className="error-message" id={`${id}-name-error`}><Pair k={`errors.${errors.name}`} /></p>}
          <input id={`${id}-name`} data-testid="member-name" dir="auto" autoComplete="off" value={name} maxLength={40}
            aria-describedby={`${id}-name-hint${errors.name ? ` ${id}-name-error` : ''}`} aria-invalid={errors.name ? true : undefined}
            className={errors.name ? 'input-error' : undefined} onChange={(e) => setName(e.target.value)} />
        </div>
        <fieldset className="field">
          <legend><Pair k="members.role" /></legend>
          {errors.role && <p className="error-message"><Pair k="errors.choose" /></p>}
          <div className="radios">
            {roles.map((r) => (
              <div className="radio" key={r}>
                <input type="radio" data-testid={`member-role-${r}`} id={`${id}-role-${r}`} name={`${id}-role`} checked={role === r} onChange={() => setRole(r)} />
                <label htmlFor={`${id}-role-${r}`}><Pair k={`members.roles.${r}`} /></label>
              </div>
            ))}
          </div>
        </fieldset>
        <DateField legendKey="members.birthDate" hintKey="members.birthDateHint" value={birth} onChange={setBirth} error={errors.birth} testId="member-birth" />
        <button type="submit" className="button secondary" data-testid="member-add"><Pair k="members.add" /></button>
      </form>
      )}
      <p>
        <button type="button" className="button" data-testid="members-continue" onClick={() => (members.length ? onContinue() : setErrors({ list: 'needOne' }))}>
          <Pair k="members.continue" />
        </button>
      </p>
      {errors.list && !members.length && <p className="error-message" role="alert"><Pair k="members.needOne" /></p>}
      {children}
    </div>
  );
}
