/**
 * The § 104c holder rules (legal reference, "104c — opportunity residence right and its end"): while they
 * apply, a holder moving on to § 25a or § 25b needs no Duldung, the 12 months' Duldung of § 25a are waived,
 * the 3/4/6 years' stay is counted from entry with the § 60b months counting, and unclear identity may be
 * overcome by all reasonable steps. They end on the holder's last day: the earlier of the permit's end and
 * 30.06.2027 (law.r104c.holderRulesEnd is 01.07.2027, the first day without them). A pending 25a/25b
 * application filed by then keeps them (§ 81 Abs. 4; whether a decision after 30.06.2027 keeps them is
 * open, U3). A route reached only after the last day is evaluated as for a tolerated person from the day
 * after the permit ends (`after`): the reference assumes a Duldung follows (U3).
 */
import { law } from './law';
import { addDays, addYears, addMonths, birthdayAt, latest } from './dates';
import type { FieldPath } from './conditions';
import type { Member, RouteId } from './schema';

/** The member fields the holder rules read. */
export const holderReads: readonly FieldPath[] = ['status', 'permit104cUntil', 'applications', 'entryDate', 'unclearIdentityMonths', 'birthDate', 'livesWithMinorChild'];

const routeFamily = (r: RouteId) => (r.startsWith('25a') ? '25a' : r.startsWith('25b') ? '25b' : null);

/** The last day the holder rules are in force (30.06.2027), as the law stands on `asOf`. */
export const rulesLastDay = (asOf: string) => addDays(law(asOf).r104c.holderRulesEnd, -1);

/** The holder's last day: the earlier of the permit's end and the rules' last day (null: end not known). */
export function holderLastDay(m: Member, asOf: string): string | null {
  if (m.permit104cUntil == null) return null;
  return [m.permit104cUntil, rulesLastDay(asOf)].sort()[0];
}

/** A pending 25a/25b application (of `route`'s family, or any when absent) filed by the holder's last day. */
export function pendingApplication(m: Member, asOf: string, route?: RouteId) {
  const last = holderLastDay(m, asOf);
  if (!last) return undefined;
  return (m.applications ?? []).find((a) => routeFamily(a.route) != null && (!route || routeFamily(a.route) === routeFamily(route)) && a.appliedOn <= last && a.appliedOn <= asOf);
}

/**
 * Whether the holder rules carry the member on `asOf` for `route` (25a or 25b):
 * - `no`: not a holder, or the rules no longer apply (permit ended or 30.06.2027 passed, no pending application);
 * - `unknown`: a holder whose permit end is not known;
 * - `holder`: the rules apply and the route is reached by the last day (or an application is pending);
 * - `after`: the rules apply now, but the route's waiting times end only after the last day.
 */
export function holderMode(m: Member, asOf: string, route: '25a' | '25b'): 'no' | 'unknown' | 'holder' | 'after' {
  if (m.status !== 'permit-104c') return 'no';
  const last = holderLastDay(m, asOf);
  if (!last) return 'unknown';
  if (pendingApplication(m, asOf, route)) return 'holder';
  if (asOf > last) return 'no';
  const reach = holderReach(m, asOf, route);
  return reach === undefined || reach <= last ? 'holder' : 'after';
}

/** The day the route's waiting times are met under the holder rules (§ 60b months counting); undefined: not known. */
function holderReach(m: Member, asOf: string, route: '25a' | '25b'): string | undefined {
  if (m.entryDate == null) return undefined;
  const l = law(asOf);
  if (route === '25a') return latest([birthdayAt(m.birthDate, l.r25a.minAge), addYears(m.entryDate, l.r25a.stayYears)]);
  const long = addYears(m.entryDate, l.r25b.stayYears);
  if (m.livesWithMinorChild == null) return long <= (holderLastDay(m, asOf) ?? long) ? long : undefined;
  return m.livesWithMinorChild ? addYears(m.entryDate, l.r25b.stayYearsWithMinorChild) : long;
}

/** The first day as a tolerated person after the permit (the `after` reading). */
export const dayAfterPermit = (m: Member) => addDays(m.permit104cUntil!, 1);

/** § 25a's 12 months' Duldung in the `after` reading: counted from the day after the permit ends. */
export const duldungAfterPermit = (m: Member, months: number) => addMonths(dayAfterPermit(m), months);
