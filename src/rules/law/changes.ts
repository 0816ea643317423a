/**
 * "What changed when": the changes of the law behind the routes, with their dates taken from the
 * parameter file (and the legal state), and what is only announced. The page src/pages/[lang]/changes/
 * shows them; the words are in locales/<lang>/content.json (`changes.items.<id>`). Dates are ISO days
 * ("2024-03-01") or months ("2023-12"). Announced plans have no route and no evaluation (reference U10).
 */
import type { RouteId } from '../schema';
import { law, parameters } from './index';
import { inForceSince } from './parameter';
import { legalState } from './open-points';
import { addDays } from '../dates';

export interface Change {
  id: '104c' | '16g' | '60d' | 'safe' | 'course' | 'geas' | 'workTitle';
  kind: 'law' | 'announced';
  /** When it happened (sorting; the day or month shown first). */
  on: string;
  /** The dates its text names, by placeholder. */
  dates: Record<string, string>;
  /** Route pages that it changes (none for an announcement). */
  routes: RouteId[];
}

/** The changes as the law stands on the legal reference's review day, oldest first, then the announced. */
export function changes(on = legalState.reviewedOn): Change[] {
  const l = law(on);
  const rulesLastDay = addDays(l.r104c.holderRulesEnd, -1);
  const list: Change[] = [
    { id: '60d', kind: 'law', on: l.r60d.permanentSince, dates: { month: l.r60d.permanentSince, eased: inForceSince(parameters.r60d.hoursPerWeek, on)! }, routes: ['60d', '25b-employment'] },
    { id: '16g', kind: 'law', on: l.r16g.inForceSince, dates: { since: l.r16g.inForceSince }, routes: ['16g', '60c'] },
    { id: '104c', kind: 'law', on: l.r104c.newPermitsUntil, dates: { until: l.r104c.newPermitsUntil, end: rulesLastDay }, routes: ['104c', '25a', '25b'] },
    { id: 'safe', kind: 'law', on: l.facts.safeCountryOrdinance, dates: { since: l.facts.safeCountryOrdinance }, routes: ['16g', '60c', '60d'] },
    { id: 'course', kind: 'law', on: l.facts.integrationCourseStop, dates: { since: l.facts.integrationCourseStop }, routes: ['25b', '25b-employment', '60d'] },
    { id: 'geas', kind: 'law', on: l.facts.geasFrom, dates: { since: l.facts.geasFrom, month: legalState.asOf }, routes: ['16g', '60c'] },
    { id: 'workTitle', kind: 'announced', on: l.facts.workTitleAnnounced, dates: { month: l.facts.workTitleAnnounced, bundesrat: l.facts.workTitleBundesrat, stateMonth: legalState.asOf }, routes: [] },
  ];
  return list.sort((a, b) => (a.kind === b.kind ? a.on.localeCompare(b.on) : a.kind === 'law' ? -1 : 1));
}
