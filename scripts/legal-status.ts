/**
 * The legal state and the open points of the legal reference (src/rules/law/open-points.ts), overdue first:
 * `npm run legal:status` (today), `npm run legal:status -- --today 2027-01-01`. Always exits 0: a passed
 * review date does not fail CI, it changes what families read (the route pages, results and plans say that
 * the affected part is due for a legal review). Also prints how many parameters were last checked when.
 */
import { byUrgency, isOverdue, legalState } from '../src/rules/law/open-points';
import { parameters } from '../src/rules/law/parameters';
import { isParameter, type Parameter } from '../src/rules/law/parameter';
import { todayIso } from '../src/rules/dates';

const i = process.argv.indexOf('--today');
const today = i > 0 ? process.argv[i + 1] : todayIso();

const points = byUrgency(today);
const overdue = points.filter((p) => isOverdue(p, today));
const out: string[] = [];
out.push(`legal state: ${legalState.asOf} (newest source checked ${legalState.newestSourceChecked}), reference last reviewed ${legalState.reviewedOn}; today ${today}`);
out.push(overdue.length ? `${overdue.length} of ${points.length} open points are OVERDUE for review: the pages of the routes they affect say so` : `no open point is overdue (${points.length} open)`);
out.push('');
out.push('id    review by   state     routes                                   point');
for (const p of points) {
  const state = isOverdue(p, today) ? 'OVERDUE' : 'open';
  const routes = p.routes.length ? p.routes.join(' ') : `(${(p.also ?? []).join(', ')})`;
  out.push(`${p.id.padEnd(5)} ${p.reviewBy}  ${state.padEnd(8)}  ${routes.padEnd(40)} ${p.point}`);
}

function* walk(node: unknown, path: string[] = []): Generator<[string, Parameter<unknown>]> {
  if (isParameter(node)) yield [path.join('.'), node];
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) yield* walk(v, [...path, k]);
}
const byChecked = new Map<string, number>();
for (const [, p] of walk(parameters)) byChecked.set(p.lastChecked, (byChecked.get(p.lastChecked) ?? 0) + 1);
out.push('');
out.push(`parameters (src/rules/law/parameters.ts): ${[...byChecked].map(([d, n]) => `${n} last checked ${d}`).join(', ')}`);
process.stdout.write(out.join('\n') + '\n');
