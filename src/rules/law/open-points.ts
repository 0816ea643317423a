/**
 * The legal state the portal shows, and the open points (U1–U16) of the legal reference
 * (shared/legal/reference.md, "Open points and review dates") as data: what is uncertain, by when it must be
 * reviewed, and which routes it affects. Where a review-by date has passed, the affected routes' pages,
 * results and plans say that this part is due for a legal review and point to counselling
 * (`overdueFor`). `npm run legal:status` prints the table, overdue first.
 *
 * To review a point: check it against the law in force, update the routes and parameters it names, then
 * either remove the point (settled) or set a new `reviewBy`, and set `legalState.reviewedOn`.
 * Pure data and functions: no clock (pass today's date), no strings shown to families (keys only).
 */
import { routeIds } from '../facts';

type RouteId = (typeof routeIds)[number];

export const legalState = {
  /** The law as it stood (month): newest source actually checked 2026-03-10. */
  asOf: '2026-03',
  newestSourceChecked: '2026-03-10',
  /** The day the reference was last reviewed as a whole. */
  reviewedOn: '2026-12-03',
} as const;

export type OpenPointId = `U${number}`;

export interface OpenPoint {
  id: OpenPointId;
  /** What is open (developer text, English, from the reference). */
  point: string;
  /** ISO date by which it must be reviewed; overdue from the day after. */
  reviewBy: string;
  /** Routes whose result or text it can change ([] = none: the changes page or the offices only). */
  routes: readonly RouteId[];
  /** Other parts of the portal it affects. */
  also?: readonly ('offices' | 'changes-page' | 'advice')[];
}

const all = routeIds;

export const openPoints: readonly OpenPoint[] = [
  { id: 'U1', point: 'Law after March 2026 not checked; re-read every section against the live statute.', reviewBy: '2026-12-17', routes: all, also: ['changes-page'] },
  {
    id: 'U2', point: 'Provision numbers from practitioner texts or older versions (§ 2; "soll" rule for work; § 16g Abs. 2 Nr. 3, Abs. 3; § 60c Abs. 3; § 60d Abs. 1 Nr. 9–11, Abs. 4; § 25a Abs. 4–6; § 25b Abs. 7, 8).',
    reviewBy: '2026-12-17', routes: ['25a', '25b', '25b-family', '25b-employment', '104c', '16g', '60c', '60d', '19d'],
  },
  {
    id: 'U3', point: '§ 104c: holder rules ending 30.06.2027 (amending act not seen); applications filed by then, decided later; applications pending on 31.12.2025; holders after the permit ends.',
    reviewBy: '2027-04-30', routes: ['104c', '25a', '25b', '25b-family'], also: ['changes-page'],
  },
  {
    id: 'U4', point: 'Current thresholds of § 54 Abs. 1, 2; juvenile measures on the "minor" side.',
    reviewBy: '2026-12-17', routes: ['25a', '25a-family', '25b', '25b-family', '25b-employment', '16g', '60c', '60d', '19d', '25-5'],
  },
  { id: 'U5', point: 'Amending ordinances under § 29b AsylG; whether § 29b states trigger § 60a Abs. 6 Satz 1 Nr. 3.', reviewBy: '2027-01-31', routes: ['16g', '60c', '60d', '25b-employment'], also: ['changes-page'] },
  { id: 'U6', point: 'EU list: adoption, publication, date; link to § 60a Abs. 6 / § 61 AsylG.', reviewBy: '2026-12-17', routes: ['16g', '60c', '60d', '19d', '25b-employment'], also: ['changes-page'] },
  { id: 'U7', point: 'GEAS acts: promulgation, final text (§ 61 AsylG, § 60a, § 4a).', reviewBy: '2026-12-17', routes: ['16g', '60c'], also: ['changes-page'] },
  { id: 'U8', point: 'Integration-course admission stop in 2027; Berufssprachkurse for Geduldete.', reviewBy: '2027-01-31', routes: ['25b', '25b-family', '25b-employment', '60d', '19d'], also: ['advice', 'changes-page'] },
  { id: 'U9', point: 'Counting conventions: anniversary day; § 60b months paused, not restarted.', reviewBy: '2027-01-31', routes: ['25a', '25a-family', '25b', '25b-employment', '104c', '16g', '60c', '60d', '25-5'] },
  { id: 'U10', point: 'Announced work-based residence title.', reviewBy: '2027-03-31', routes: [], also: ['changes-page'] },
  { id: 'U11', point: 'Wording of § 25a Abs. 2 Satz 2–4 (siblings; spouse and child of an adult holder).', reviewBy: '2026-12-17', routes: ['25a-family'] },
  { id: 'U12', point: '§ 25b Abs. 6 written A2: who needs it; "possibility of a course" since the stop.', reviewBy: '2027-01-31', routes: ['25b-employment'] },
  { id: 'U13', point: 'Münster addresses and opening hours.', reviewBy: '2027-01-31', routes: [], also: ['offices'] },
  { id: 'U14', point: 'NRW decrees on 25a/25b/104c; court decisions of 2026.', reviewBy: '2027-03-31', routes: ['25a', '25b', '104c'] },
  { id: 'U15', point: '§ 19d Abs. 1 "kann" or claim; follow-on after a § 16g training.', reviewBy: '2026-12-17', routes: ['19d', '16g'] },
  { id: 'U16', point: 'Wording of § 25b Abs. 1 Satz 3.', reviewBy: '2026-12-17', routes: ['25b'] },
];

/** Overdue on `today` (ISO): the review-by day has passed. */
export const isOverdue = (p: OpenPoint, today: string) => today > p.reviewBy;

/**
 * The open points affecting `route` whose review-by date has passed on `today` (ISO YYYY-MM-DD), earliest
 * first; [] when none. The route page, the result and the plan show the "due for a legal review" notice
 * when this is not empty.
 * @example overdueFor('25a', '2026-12-18').map((p) => p.id) // ['U1', 'U2', 'U4']
 */
export function overdueFor(route: RouteId, today: string): OpenPoint[] {
  return openPoints.filter((p) => p.routes.includes(route) && isOverdue(p, today)).sort((a, b) => a.reviewBy.localeCompare(b.reviewBy));
}

export type Area = NonNullable<OpenPoint['also']>[number];
const affects = (p: OpenPoint, scope: RouteId | Area) => (p.routes as readonly string[]).includes(scope) || (p.also ?? []).includes(scope as Area);

/**
 * The review-by date of the earliest open point affecting a route or a part of the portal (the changes
 * page, the offices); overdue from the day after it. Null when none affects it.
 */
export function reviewDueFrom(scope: RouteId | Area): string | null {
  const dates = openPoints.filter((p) => affects(p, scope)).map((p) => p.reviewBy).sort();
  return dates[0] ?? null;
}

/** All open points, overdue first (by review-by date), then the others by date. */
export function byUrgency(today: string): OpenPoint[] {
  return [...openPoints].sort((a, b) => Number(isOverdue(b, today)) - Number(isOverdue(a, today)) || a.reviewBy.localeCompare(b.reviewBy) || a.id.localeCompare(b.id, 'en', { numeric: true }));
}
