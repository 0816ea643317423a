/**
 * Validation of what a person typed, before it becomes an answer. Returns an error key (translated in
 * check.json `errors.*`) or the clean value; the form keeps what was typed either way.
 */
import { dateProblem, type DateProblem } from '../storage/gate/values';
import { normalizeDigits } from '../i18n/digits';

export type DateCheck = { ok: true; iso: string } | { ok: false; error: 'dateIncomplete' | 'dateSolarHijri' | DateProblem };
type DateParts = { day: string; month: string; year: string };

// direction marks that some keyboards and copied text carry around digits
const bidiMarks = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
/** Typed text as ASCII: Arabic-Indic and Persian digits read as 0–9, direction marks dropped. */
const typed = (text: string) => normalizeDigits(text.replace(bidiMarks, '')).trim();

// day, month, year in any of the three digit systems, with . / - space or "٫" between
const wholeDate = /^([0-9\u0660-\u0669\u06f0-\u06f9]{1,2})\s*[./\-\s\u066b]\s*([0-9\u0660-\u0669\u06f0-\u06f9]{1,2})\s*[./\-\s\u066b]\s*([0-9\u0660-\u0669\u06f0-\u06f9]{4})\.?$/;

/**
 * A whole date typed or pasted into one box, day/month/year with ". / - space" between
 * ("14.5.1992", "١٤ / ٥ / ١٩٩٢"): its parts in the digits typed, or null.
 */
export function splitDateText(text: string): DateParts | null {
  const m = wholeDate.exec(text.replace(bidiMarks, '').trim());
  return m ? { day: m[1], month: m[2], year: m[3] } : null;
}

export function checkDate(parts: DateParts, opts: { today: string; future?: boolean; notBefore?: string }): DateCheck {
  const filled = [parts.day, parts.month, parts.year].filter((p) => p.trim());
  const whole = filled.length === 1 ? splitDateText(filled[0]) : null;
  const day = typed(whole?.day ?? parts.day);
  const month = typed(whole?.month ?? parts.month);
  const year = typed(whole?.year ?? parts.year);
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { ok: false, error: 'dateIncomplete' };
  // a Solar Hijri (1371 = 1992) or Hijri year: the Gregorian date on the Duldung paper is wanted
  if (Number(year) >= 1300 && Number(year) <= 1450) return { ok: false, error: 'dateSolarHijri' };
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  // the one date rule, shared with every other way in (src/storage/gate/values.ts)
  const problem = dateProblem(iso, opts.future ? 'future' : 'past', { today: opts.today, birthDate: opts.notBefore });
  return problem ? { ok: false, error: problem } : { ok: true, iso };
}

export function splitDate(iso: string | undefined): { day: string; month: string; year: string } {
  if (!iso) return { day: '', month: '', year: '' };
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

export type NumberCheck = { ok: true; value: number } | { ok: false; error: 'number' };

export function checkNumber(text: string, min: number, max: number): NumberCheck {
  const t = typed(text).replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return { ok: false, error: 'number' };
  const value = Number(t);
  return value >= min && value <= max ? { ok: true, value } : { ok: false, error: 'number' };
}
