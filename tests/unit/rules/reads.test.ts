/**
 * Each condition declares the fields it reads (relevance is derived from that). Checked here by running
 * every condition on random households with members that record which fields are touched.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routes, type Household, type Member } from '../../../src/rules';
import type { Link, Relation } from '../../../src/rules/conditions';
import { householdArb } from './arbitraries';

/** Fields of other members any condition may read: who they are and how they are linked. */
const structural = new Set(['id', 'role', 'birthDate', 'spouseId', 'parentIds']);
const relations: Relation[] = ['own', 'spouse', 'child', 'parent', 'sibling'];

function recording(m: Member, log: Set<string>): Member {
  const wrap = (obj: object, prefix: string): object => new Proxy(obj, {
    get(target, key) {
      const v = (target as Record<string | symbol, unknown>)[key];
      if (typeof key !== 'string') return v;
      const path = prefix + key;
      log.add(path);
      return v && typeof v === 'object' && !prefix ? wrap(v, `${path}.`) : v;
    },
  });
  return wrap(m, '') as Member;
}

describe('declared reads', () => {
  it('every condition reads only the fields it declares (own member and other members)', () => {
    fc.assert(fc.property(householdArb, (h) => {
      for (const route of routes) {
        for (const c of route.conditions) {
          if (c.via) continue; // reads another route's result; its answers are checked through that route
          for (const m of h.members) {
            const own = new Set<string>();
            const others = new Map<string, Set<string>>();
            const household: Household = { ...h, members: h.members.map((x) => (x.id === m.id ? recording(x, own) : recording(x, others.set(x.id, new Set()).get(x.id)!))) };
            const self = household.members.find((x) => x.id === m.id)!;
            const holder = household.members.find((x) => x.id !== m.id) ?? self;
            const link: Link = { holder, route: route.id, relation: relations[h.members.indexOf(m) % relations.length] };
            const applies = c.applies?.(self, household, h.asOf!, link) ?? true;
            // applicability reads only structural facts, except on authority conditions (declared reads)
            for (const f of own) {
              const ok = structural.has(f) || (c.kind === 'authority' && c.reads.some((r) => r === f || r.startsWith(`${f}.`)));
              expect(ok, `${route.id}/${c.id} applies() reads ${f}`).toBe(true);
            }
            own.clear();
            for (const log of others.values()) log.clear();
            if (applies) c.test(self, household, h.asOf!, link);
            const reads = new Set<string>([...c.reads, 'id']);
            const covered = (f: string) => reads.has(f) || [...reads].some((r) => r.startsWith(`${f}.`));
            for (const f of own) expect(covered(f), `${route.id}/${c.id} reads ${f}`).toBe(true);
            const declared = new Map<string, Set<string>>();
            for (const o of c.readsOthers?.(m, h, h.asOf!) ?? []) declared.set(o.member, new Set(o.fields));
            for (const [id, log] of others) {
              const fields = [...(declared.get(id) ?? [])];
              for (const f of log) {
                const ok = structural.has(f) || fields.includes(f) || fields.some((d) => d.startsWith(`${f}.`));
                expect(ok, `${route.id}/${c.id} reads ${id}.${f}`).toBe(true);
              }
            }
          }
        }
      }
    }), { numRuns: 100 });
  }, 60_000);
});
