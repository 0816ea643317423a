/** The words of the expected-results files (tests/fixtures/households/expected/*.json). */
import type { Evaluation } from '../../../src/rules';

type RouteOut = Evaluation['members'][number]['routes'][number];
type ConditionOut = RouteOut['conditions'][number];

/** A route result in the expected files' words. */
export function describeRoute(r: RouteOut): string {
  return [
    `${r.result}${r.possibleFrom ? ` from ${r.possibleFrom}` : ''}`,
    ...(r.applyBefore ? [`apply before ${r.applyBefore}`] : []),
    ...(r.dependsOn ? [`through ${r.dependsOn.member} ${r.dependsOn.route}`] : []),
  ].join(', ');
}
export const describeCondition = (c: ConditionOut) => `${c.state}${c.metOn ? ` on ${c.metOn}` : ''}${c.reason ? ` (${c.reason})` : ''}`;

