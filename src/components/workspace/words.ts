/**
 * The workspace's data in words: route and condition names, results, the change list, step titles. Every
 * word comes from the strings (workspace.json and plan.json); names of people from the household.
 */
import type { Change, Open } from '../../storage/workspace/changes';
import type { Household, RouteId } from '../../rules/schema';
import type { PlanStep } from '../../plan';
import { routes as ruleRoutes } from '../../rules/evaluate';
import { nameById } from '../../rules/people';
import { dateValue } from '../../i18n/dates';
import type { Vars } from '../../i18n/format';

export type T = (key: string, vars?: Vars) => string;

export const routeName = (t: T, route: RouteId | string) => t(`route.${route}.name`);
export const conditionName = (t: T, o: Pick<Open, 'route' | 'condition'>) => t(`condition.${o.route}.${o.condition}`);

/** "Antrag stellen: § 25b …", as the plan writes it (plan.json step.<topic>.title). */
export function stepTitle(t: T, step: PlanStep, lang: string): string {
  const key = step.id === 'deadline:104c' ? 'deadline-104c' : step.topic;
  const first = step.because[0];
  const condition = step.topic === 'find-out' && first ? t(`condition.${first.route}.${first.condition}`) : '';
  return t(`step.${key}.title`, { route: step.route ? routeName(t, step.route) : '', date: step.due ? dateValue(step.due) : '', condition });
}

/** One result with what holds it back: "may fit", "missing: Lebensunterhalt …", "from 1 March 2027". */
function resultPhrase(t: T, result: string, open: Open[], from: string | null, lang: string): string {
  const what = [...new Set(open.filter((o) => (result === 'unknown' ? o.state === 'unknown' : o.state === 'not-met')).map((o) => conditionName(t, o)))].join('; ');
  if (result === 'later' && from) return t('changes.is.later', { date: dateValue(from) });
  if ((result === 'missing' || result === 'unknown') && what) return t(`changes.is.${result}What`, { what });
  return t(`changes.is.${result}`);
}

/**
 * One change as a sentence. `then` is the household at the last meeting (for people who left).
 * @example changeText(t, change, now, then, 'de') // => 'Amir: Aufenthalt … (§ 25b) – jetzt: kann passen. Vorher: es fehlte: Lebensunterhalt …'
 */
export function changeText(t: T, c: Change, now: Household, then: Household, lang: string): string {
  const name = nameById(c.kind === 'member-removed' ? then : now, c.member);
  if (c.kind === 'member-added') return t('changes.added', { name });
  if (c.kind === 'member-removed') return t('changes.removed', { name });
  const route = routeName(t, c.route);
  if (c.kind === 'deadline') {
    if (!c.after) return t('changes.deadlineGone', { name, route });
    return t(c.before ? 'changes.deadlineMoved' : 'changes.deadlineNew', { name, route, date: dateValue(c.after), before: c.before ? dateValue(c.before) : '' });
  }
  return t('changes.route', { name, route, now: resultPhrase(t, c.after, c.openAfter, c.fromAfter, lang), before: resultPhrase(t, c.before, c.openBefore, c.fromBefore, lang) });
}

/**
 * A step that is no longer in the plan has only its id left: its title from the id where the strings know
 * it (`apply:25b`, `find-out:<condition>`, `work` …), else the id itself.
 */
export function titleOfStepId(t: T, id: string): string {
  const [topic, rest] = id.split(':');
  let key = '';
  let vars: Vars = {};
  if (rest && (topic === 'apply' || topic === 'apply-from' || topic === 'deadline')) {
    key = `step.${topic === 'apply-from' ? 'apply' : topic}.title`;
    vars = { route: routeName(t, rest) };
  } else if (rest && topic === 'find-out') {
    const route = ruleRoutes.find((r) => r.conditions.some((c) => c.id === rest));
    if (route) {
      key = 'step.find-out.title';
      vars = { condition: t(`condition.${route.id}.${rest}`) };
    }
  } else if (!rest) key = `step.${topic}.title`;
  const text = key ? t(key, vars) : '';
  return text && text !== key && !text.includes('route.') ? text : id;
}
