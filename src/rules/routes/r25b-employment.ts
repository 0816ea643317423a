// § 25b Abs. 6 AufenthG — residence after 30 months of employment toleration (§ 60d) ("soll"): still meets
// the § 60d conditions, oral A2; no 6/4-year prior stay. § 25b Abs. 2 exclusions apply.
import { NOTES } from '../notes';
import { authorityCheck, german, noDeception, noSeriousConvictions } from '../common';
import { define, met, notMet, runRoute, unknown, waitUntil, type Condition, type Route } from '../conditions';
import { addMonths } from '../dates';
import type { Household, Member } from '../schema';
import { evaluate as evaluate60d } from './r60d';

const R = '25b-employment';
/**
 * `reachable` and `meets-60d` read the member's own 60d result, not fields: their answers matter through
 * route 60d itself (an answer that cannot change 60d cannot change them), so they declare only `status`.
 */

/** Where § 60d itself is excluded for the person (and not already held), this route can never open. */
const reachable = define(R, {
  id: 'reachable', cite: '§ 25b Abs. 6 Satz 1 AufenthG', kind: 'exclusion', gate: true, reads: ['status'], via: '60d',
  test: (m, h, asOf) => {
    if (m.status == null) return unknown;
    if (m.status === 'duldung-employment') return met;
    return evaluate60d(m, h, asOf).result === 'excluded' ? notMet('60d-excluded') : met;
  },
});

const held30Months = define(R, {
  id: 'months-60d', cite: '§ 25b Abs. 6 Satz 1 AufenthG', kind: 'time', reads: ['status', 'statusSince'],
  note: NOTES && 'Counted from statusSince of the current employment toleration; where there is none yet, the first step is § 60d.',
  test: (m, _h, asOf) => {
    if (m.status == null) return unknown;
    if (m.status !== 'duldung-employment') return notMet('no-60d-yet');
    return m.statusSince == null ? unknown : waitUntil(addMonths(m.statusSince, 30), asOf);
  },
});

const stillMeets60d = define(R, {
  id: 'meets-60d', cite: '§ 25b Abs. 6 Satz 1 AufenthG', kind: 'condition', reads: [], via: '60d',
  note: NOTES && 'Still meets the conditions of § 60d: read from the member\'s own 60d result.',
  test: (m, h, asOf) => {
    const r = evaluate60d(m, h, asOf);
    if (r.result === 'possible') return met;
    if (r.result === 'later') return { state: 'met-later', metOn: r.possibleFrom! };
    return r.result === 'unknown' ? unknown : notMet('60d-conditions');
  },
});

export const conditions: Condition[] = [
  reachable,
  noDeception(R, '§ 25b Abs. 2 Nr. 1 AufenthG'),
  noSeriousConvictions(R, '§ 25b Abs. 2 Nr. 2 AufenthG'),
  held30Months,
  stillMeets60d,
  german(R, 'A2', '§ 25b Abs. 6 Satz 1 AufenthG', NOTES && 'Oral A2 (written A2 only where an integration course was possible).'),
  authorityCheck(R, 'basic-order', '§ 25b Abs. 6 Satz 1, Abs. 1 Satz 2 Nr. 2 AufenthG', NOTES && 'Commitment to the free democratic basic order and basic knowledge of the legal and social order.'),
];

export const evaluate = (member: Member, household: Household, asOf: string) => runRoute(R, conditions, member, household, asOf);

export const route25bEmployment: Route = { id: R, conditions, evaluate };
