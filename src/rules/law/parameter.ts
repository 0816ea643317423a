/**
 * The shape of one legal number, after PolicyEngine's parameter files: what it is, its value by date, the
 * unit, where the law says it (reference), where the value was taken from (source) and when a person last
 * checked it. A value holds from its `from` date until the next entry's; before the first entry the first
 * value is used (earlier law is not modelled: the portal advises on the law as it stands). Route files
 * never write a legal number: they read `law(asOf)` (parameters.ts).
 */
import type { OpenPointId } from './open-points';

export type Unit = 'years' | 'months' | 'hours' | 'daily-rates' | 'date' | 'month' | 'month-day' | 'countries' | 'level' | 'flag';

export interface Reference {
  /** The provision, as the portal cites it: "§ 25a Abs. 1 Satz 1 AufenthG". */
  title: string;
  /** A public text of it, where there is one. */
  href?: string;
}

export interface Dated<T> {
  /** First day (ISO) this value is in force. */
  from: string;
  value: T;
  /** What changed on that day, or what is uncertain about it (developer text, not on phones). */
  note?: string | false;
}

/**
 * The description, unit, provisions, source and open points are left out of the phones' bundles
 * (parameters.ts writes them `NOTES && { … }`); the status script, the tests and the docs have them.
 */
export interface Parameter<T> {
  description?: string;
  unit?: Unit;
  /** Ordered by `from`. */
  values: readonly Dated<T>[];
  reference?: readonly Reference[];
  /** Where the value was taken from: the legal reference's section, with its own sources. */
  source?: string;
  /** ISO date a person last checked the value against the source. */
  lastChecked: string;
  /** Open points of the legal reference that put this value in doubt. */
  openPoints?: readonly OpenPointId[];
}

/** The value in force on `on` (ISO date). */
export function valueOn<T>(p: Parameter<T>, on: string): T {
  let value = p.values[0].value;
  for (const v of p.values) if (v.from <= on) value = v.value;
  return value;
}

/** The date the value in force on `on` came into force (undefined before the first entry). */
export function inForceSince<T>(p: Parameter<T>, on: string): string | undefined {
  return p.values.filter((v) => v.from <= on).pop()?.from;
}

export const isParameter = (x: unknown): x is Parameter<unknown> =>
  !!x && typeof x === 'object' && Array.isArray((x as Parameter<unknown>).values) && typeof (x as Parameter<unknown>).lastChecked === 'string';
