/**
 * Validation of what a person typed, before it becomes an answer. Returns an error key (translated in
 * check.json `errors.*`) or the clean value; the form keeps what was typed either way.
 */
import { isIsoDate } from '../rules/dates';

export type DateCheck = { ok: true; iso: string } | { ok: false; error: 'dateIncomplete' | 'dateImpossible' | 'dateFuture' | 'dateTooOld' | 'dateBeforeBirth' };

export function checkDate(
  parts: { day: string; month: string; year: string },
  opts: { today: string; future?: boolean; notBefore?: string },
): DateCheck {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { ok: false, error: 'dateIncomplete' };
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!isIsoDate(iso)) return { ok: false, error: 'dateImpossible' };
  if (Number(year) < 1900) return { ok: false, error: 'dateTooOld' };
  if (!opts.future && iso > opts.today) return { ok: false, error: 'dateFuture' };
  if (opts.future && Number(year) > Number(opts.today.slice(0, 4)) + 10) return { ok: false, error: 'dateTooOld' };
  if (opts.notBefore && iso < opts.notBefore) return { ok: false, error: 'dateBeforeBirth' };
  return { ok: true, iso };
}

export function splitDate(iso: string | undefined): { day: string; month: string; year: string } {
  if (!iso) return { day: '', month: '', year: '' };
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

export type NumberCheck = { ok: true; value: number } | { ok: false; error: 'number' };

export function checkNumber(text: string, min: number, max: number): NumberCheck {
  const t = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return { ok: false, error: 'number' };
  const value = Number(t);
  return value >= min && value <= max ? { ok: true, value } : { ok: false, error: 'number' };
}

/** Names stay on the device but still end up in files; no markup or control characters. */
export type NameCheck = { ok: true; name: string } | { ok: false; error: 'nameMissing' | 'nameTaken' | 'nameInvalid' };

export function checkName(text: string, taken: string[]): NameCheck {
  const name = text.trim().replace(/\s+/g, ' ');
  if (!name) return { ok: false, error: 'nameMissing' };
  if (name.length > 40 || /[<>&"'`{}\\/\p{Cc}]/u.test(name)) return { ok: false, error: 'nameInvalid' };
  if (taken.some((t) => t.toLowerCase() === name.toLowerCase())) return { ok: false, error: 'nameTaken' };
  return { ok: true, name };
}
