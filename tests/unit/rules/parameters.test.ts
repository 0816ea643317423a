/**
 * Legal numbers live in one dated, cited parameter file (src/rules/law/parameters.ts, PolicyEngine's model).
 * This test fails when a file under src/rules/ outside src/rules/law/ writes a date or a number literal of
 * its own, so a route cannot state a legal number the parameter file does not hold.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { law, parameters, valueOn, type Parameter } from '../../../src/rules/law';
import { isParameter } from '../../../src/rules/law/parameter';
import { openPoints } from '../../../src/rules/law/open-points';

const root = join(__dirname, '../../..');
const rulesDir = join(root, 'src/rules');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? (f === 'law' ? [] : files(p)) : p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * Literals that are not legal numbers, by file, with the reason. Everything else must come from `law()`.
 * 0 and 1 are allowed everywhere (counting, "the day after"), and so is an array index `x[2]`.
 */
const technical: Record<string, { literals: (string | number)[]; why: string }> = {
  'src/rules/dates.ts': { literals: [2, 4, 5, '0'], why: 'ISO date formatting: pad widths, slice positions of YYYY-MM-DD' },
  'src/rules/facts.ts': { literals: [600, 20, 100, 10, '1900-01-01'], why: 'the answer fields\' input limits (not law): months 0–600, years 0–20, hours 0–100, 20 people, dates 1900 … +10 years' },
  'src/rules/schema.ts': { literals: [80, 2], why: 'text length limits of ids and names; two applications per route' },
  'src/rules/relevance.ts': { literals: ['9999-12-31'], why: 'a date after every other, standing for "met later" when trying other states' },
  'src/rules/relations.ts': { literals: [2], why: 'the contract\'s v1 reading of spouses: exactly two parent members' },
};

type Found = { file: string; line: number; text: string };

function literalsOf(file: string): Found[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Found[] = [];
  const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) || /^\d{2}-\d{2}$/.test(s) || /^\d{4}-\d{2}$/.test(s);
  const visit = (node: ts.Node) => {
    // types and notes are not evaluated; developer notes are prose
    if (ts.isTypeNode(node) || ts.isImportDeclaration(node)) return;
    if (ts.isNumericLiteral(node)) {
      const v = Number(node.text);
      const index = ts.isElementAccessExpression(node.parent) && node.parent.argumentExpression === node;
      const negativeOne = ts.isPrefixUnaryExpression(node.parent) && v === 1;
      if (v !== 0 && v !== 1 && !index && !negativeOne) out.push({ file, line: src.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && (isDate(node.text) || /^(A1|A2|B1|B2|C1)$/.test(node.text))) {
      const inArrayOfLevels = ts.isArrayLiteralExpression(node.parent); // the ordered list of levels (facts.ts)
      if (!inArrayOfLevels) out.push({ file, line: src.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

describe('legal numbers come from the parameter file', () => {
  const all = files(rulesDir);

  it('covers every rules file (routes, common, work, school, derived, conditions, holder rules, relations …)', () => {
    const names = all.map((f) => relative(root, f));
    for (const f of ['src/rules/routes/r25a.ts', 'src/rules/routes/r104c.ts', 'src/rules/common.ts', 'src/rules/work.ts', 'src/rules/school.ts', 'src/rules/holder104c.ts', 'src/rules/derived.ts']) expect(names).toContain(f);
  });

  it.each(files(rulesDir).map((f) => relative(root, f)))('%s writes no date or number literal of its own', (name) => {
    const allowed = new Set((technical[name]?.literals ?? []).map(String));
    const found = literalsOf(join(root, name)).filter((l) => !allowed.has(l.text)).map((l) => `${name}:${l.line} ${l.text}`);
    expect(found, 'take it from law(asOf) (src/rules/law/parameters.ts) or, if it is not law, allow it above with the reason').toEqual([]);
  });

  it('finds a literal where there is one (the test can fail)', () => {
    const tmp = join(root, 'node_modules/.tmp-literal-check.ts');
    writeFileSync(tmp, "export const a = (x: string) => x <= '2022-12-31' && 20 > 3;\n");
    try {
      expect(literalsOf(tmp).map((l) => l.text)).toEqual(['2022-12-31', '20', '3']);
    } finally {
      rmSync(tmp);
    }
  });
});

function* walk(node: unknown, path: string[] = []): Generator<[string, Parameter<unknown>]> {
  if (isParameter(node)) yield [path.join('.'), node];
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) yield* walk(v, [...path, k]);
}

describe('the parameter file', () => {
  const entries = [...walk(parameters)];

  it('gives every number a value by date, a unit, a citation, a source and the day it was checked', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    for (const [path, p] of entries) {
      expect(p.values.length, path).toBeGreaterThan(0);
      expect(p.values.map((v) => v.from), path).toEqual([...p.values.map((v) => v.from)].sort());
      for (const v of p.values) expect(v.from, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.reference?.length, path).toBeGreaterThan(0);
      expect(p.unit, path).toBeTruthy();
      expect(p.description, path).toBeTruthy();
      for (const r of p.reference ?? []) expect(r.title, path).toMatch(/§|Art\.|Verordnung|Koalitionsvertrag|Bundesrat|BGBl/);
      expect(p.source, path).toBeTruthy();
      expect(p.lastChecked, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const u of p.openPoints ?? []) expect(openPoints.map((o) => o.id), path).toContain(u);
    }
  });

  it('holds the legal numbers of the brief (cut-off dates, ages, durations, hours, daily rates, lists)', () => {
    const l = law('2026-12-03');
    expect([l.r60d.entryBy, l.r60d.identityDeadline, l.training.identityMiddleDeadline, l.training.identityEarlyEntryUntil, l.workBan.safeCountryAsylumAfter, l.workBan.exemptIfInGermanyOn, l.r104c.holderRulesEnd])
      .toEqual(['2022-12-31', '2024-12-31', '2020-06-30', '2016-12-31', '2015-08-31', '2023-08-30', '2027-07-01']);
    expect([l.r25a.minAge, l.general.minorAge, l.r25a.applyBeforeAge]).toEqual([14, 18, 27]);
    expect([l.training.duldungMonths, l.r25a.duldungMonths, l.r25_5.sollAfterMonths, l.r25bEmployment.months60d, l.training.applyMonthsBeforeStart]).toEqual([3, 12, 18, 30, 7]);
    expect([l.r25a.stayYears, l.r25b.stayYearsWithMinorChild, l.r25b.stayYears, l.r60d.hoursPerWeek]).toEqual([3, 4, 6, 20]);
    expect([l.convictions.fineDailyRates, l.convictions.fineDailyRatesForeignersOnly, l.convictions.prisonMonths, l.convictions.youthMonths, l.convictions.anySentenceMonths]).toEqual([50, 90, 6, 12, 24]);
    expect(l.safeCountries.annexII).toEqual(expect.arrayContaining(['AL', 'BA', 'GE', 'GH', 'XK', 'MD', 'ME', 'MK', 'SN', 'RS', 'FR']));
    expect(l.safeCountries.ordinance29b.filter((c) => !l.safeCountries.annexII.includes(c))).toEqual([]); // the 2026 ordinance adds no country
    expect(l.safeCountries.euList).toEqual(['BD', 'CO', 'EG', 'IN', 'XK', 'MA', 'TN']);
  });

  it('values by date: the EU list applies from 12.06.2026, not before', () => {
    expect(valueOn(parameters.safeCountries.euList, '2026-06-11')).toEqual([]);
    expect(valueOn(parameters.safeCountries.euList, '2026-06-12')).toContain('MA');
    expect(law('2026-06-11').safeCountries.euList).toEqual([]);
  });
});
