/**
 * The result page shows every condition by its message key and every reason by `reason.<key>`
 * (locales/<lang>/plan.json). Here the engine runs on the fixture families and on random households,
 * and every key it produces must have a German text; and no German text may be left over for a
 * condition the engine no longer has.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { evaluate, routes } from '../../src/rules/evaluate';
import { householdSchema, type Household } from '../../src/rules/schema';
import { flatten } from '../../src/i18n/resources';
import { householdArb } from './rules/arbitraries';
import de from '../../locales/de/plan.json';

const german = flatten(de as never);
const dir = 'tests/fixtures/households';
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => householdSchema.parse(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))) as Household);

function keysOf(h: Household): string[] {
  return evaluate(h, h.asOf ?? '2026-11-28').members.flatMap((m) => m.routes.flatMap((r) =>
    r.conditions.flatMap((c) => [`condition.${r.id}.${c.id}`, ...(c.reason ? [`reason.${c.reason}`] : [])])));
}

describe('result strings', () => {
  it('every condition of every route has a German text', () => {
    const missing = routes.flatMap((r) => r.conditions.map((c) => c.messageKey)).filter((k) => !german[k]);
    expect(missing).toEqual([]);
  });
  it('no German condition text without a condition', () => {
    const known = new Set(routes.flatMap((r) => r.conditions.map((c) => c.messageKey)));
    expect(Object.keys(german).filter((k) => k.startsWith('condition.') && !known.has(k))).toEqual([]);
  });
  it('every reason the engine gives for the fixture families has a German text', () => {
    const missing = [...new Set(fixtures.flatMap(keysOf))].filter((k) => !german[k]);
    expect(missing).toEqual([]);
  });
  it('every reason the engine gives for random households has a German text', () => {
    fc.assert(fc.property(householdArb, (h) => keysOf(h).filter((k) => !german[k]).length === 0), { numRuns: 300 });
  });
});
