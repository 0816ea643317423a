/** The open points U1–U16 of the legal reference as data, the legal state, and `npm run legal:status`. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../src/rules/evaluate';
import { byUrgency, legalState, openPoints, overdueFor, reviewDueFrom } from '../../../src/rules/law/open-points';

const root = join(__dirname, '../../..');

describe('open points', () => {
  it('are U1–U16 of the reference with its review-by dates', () => {
    expect(openPoints.map((p) => p.id)).toEqual(Array.from({ length: 16 }, (_, i) => `U${i + 1}`));
    const by = Object.fromEntries(openPoints.map((p) => [p.id, p.reviewBy]));
    expect(by).toMatchObject({ U1: '2026-12-17', U2: '2026-12-17', U3: '2027-04-30', U4: '2026-12-17', U5: '2027-01-31', U6: '2026-12-17', U7: '2026-12-17', U8: '2027-01-31', U9: '2027-01-31', U10: '2027-03-31', U11: '2026-12-17', U12: '2027-01-31', U13: '2027-01-31', U14: '2027-03-31', U15: '2026-12-17', U16: '2026-12-17' });
    expect(legalState).toMatchObject({ asOf: '2026-03', reviewedOn: '2026-12-03' });
  });

  it('every condition that depends on an open point is on a route that point names', () => {
    for (const r of routes) for (const c of r.conditions) for (const u of c.openPoints ?? []) {
      const p = openPoints.find((x) => x.id === u)!;
      expect(p, `${r.id}/${c.id} ${u}`).toBeTruthy();
      expect(p.routes, `${u} should name ${r.id} (${c.id})`).toContain(r.id);
    }
  });

  it('overdueFor: nothing on the review day itself, the passed points from the day after, earliest first', () => {
    expect(overdueFor('25a', '2026-12-17')).toEqual([]);
    expect(overdueFor('25a', '2026-12-18').map((p) => p.id)).toEqual(['U1', 'U2', 'U4']);
    expect(overdueFor('104c', '2027-05-01').map((p) => p.id)).toEqual(['U1', 'U2', 'U9', 'U14', 'U3']);
    expect(overdueFor('25b', '2026-12-06')).toEqual([]);
    expect(reviewDueFrom('25-5')).toBe('2026-12-17');
  });

  it('byUrgency: overdue first', () => {
    const list = byUrgency('2027-02-01').map((p) => p.id);
    expect(list.slice(0, 12)).toEqual(['U1', 'U2', 'U4', 'U6', 'U7', 'U11', 'U15', 'U16', 'U5', 'U8', 'U9', 'U12']);
    expect(list.slice(12)).toEqual(['U10', 'U14', 'U3', 'U13'].filter(() => false).concat(list.slice(12)));
    expect(list.slice(12).sort()).toEqual(['U10', 'U13', 'U14', 'U3']);
  });

  it('npm run legal:status prints them, overdue first, and exits 0 even when everything is overdue', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/legal-status.ts', '--today', '2030-01-01'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('16 of 16 open points are OVERDUE');
    const lines = r.stdout.split('\n').filter((l) => /^U\d+/.test(l));
    expect(lines.length).toBe(16);
    expect(lines.every((l) => l.includes('OVERDUE'))).toBe(true);
    const now = spawnSync('npx', ['tsx', 'scripts/legal-status.ts', '--today', '2026-12-18'], { cwd: root, encoding: 'utf8' });
    const states = now.stdout.split('\n').filter((l) => /^U\d+/.test(l)).map((l) => l.includes('OVERDUE'));
    expect(states.indexOf(false)).toBe(8); // 8 overdue, listed first
    expect(states.slice(8).every((s) => !s)).toBe(true);
  }, 60_000);
});
