/** Test helpers: households built from a complete "all met" adult plus overrides, and result lookups. */
import { evaluate, evaluateMember } from '../../../src/rules';
import type { Household, Member, RouteId } from '../../../src/rules';
import { householdSchema } from '../../../src/rules/schema';

export const AS_OF = '2026-11-28';

/** A tolerated adult (Syria, not a safe country) who meets 25b and 60d on AS_OF. */
export const adult: Member = {
  id: 'p', birthDate: '1985-06-15', role: 'parent', nationality: 'SY', entryDate: '2015-10-01',
  status: 'duldung', statusSince: '2019-01-01', unclearIdentityMonths: 0, permit104cUntil: null,
  asylum: 'rejected', asylumAppliedOn: '2015-11-01', identityClarified: true, identityClarifiedOn: '2016-05-01',
  passport: true, identityDeception: false,
  school: { attending: false, yearsAttended: 0, qualification: 'none' },
  training: { state: 'none', kind: 'qualified', startDate: null },
  work: { hoursPerWeek: 30, since: '2023-01-01', permitted: true },
  livelihood: 'own', german: 'B1', convictions: 'none', livesWithMinorChild: false,
};

/** A tolerated young person (18) who meets 25a on AS_OF. */
export const young: Member = {
  ...adult, id: 'y', birthDate: '2008-03-10', role: 'child', entryDate: '2019-05-01', statusSince: '2021-02-01',
  asylumAppliedOn: '2019-05-20', identityClarifiedOn: '2019-09-01',
  school: { attending: true, yearsAttended: 6, qualification: 'none' }, work: { hoursPerWeek: 0, permitted: true },
  livelihood: 'benefits', german: 'B2',
};

type Patch = Partial<Record<keyof Member, unknown>>;

/** A copy of `m` with `patch` applied; nested objects (school, training, work) are merged; undefined deletes. */
export function withPatch(m: Member, patch: Patch): Member {
  const out: Record<string, unknown> = { ...m };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else if (v && typeof v === 'object' && !Array.isArray(v) && out[k] && typeof out[k] === 'object') {
      const merged: Record<string, unknown> = { ...(out[k] as object), ...(v as object) };
      for (const [kk, vv] of Object.entries(v as object)) if (vv === undefined) delete merged[kk];
      out[k] = merged;
    } else out[k] = v;
  }
  return out as Member;
}

export function household(members: Member[], asOf = AS_OF): Household {
  return householdSchema.parse({ version: 1, asOf, members });
}

/** The route output for the first member (or `who`). */
export function route(h: Household, id: RouteId, who?: string, asOf = h.asOf ?? AS_OF) {
  const m = who ? h.members.find((x) => x.id === who)! : h.members[0];
  const out = evaluate(h, asOf).members.find((x) => x.id === m.id)!.routes.find((r) => r.id === id)!;
  return out;
}

/** Route output for a single member with a patch applied to a base member. */
export function single(baseMember: Member, patch: Patch, id: RouteId, asOf = AS_OF, others: Member[] = []) {
  return route(household([withPatch(baseMember, patch), ...others], asOf), id, undefined, asOf);
}

/** State of condition `cid` in a route output (undefined when the route stopped before it). */
export const state = (r: ReturnType<typeof route>, cid: string) => r.conditions.find((c) => c.id === cid)?.state;
export const cond = (r: ReturnType<typeof route>, cid: string) => r.conditions.find((c) => c.id === cid);

export { evaluateMember };
