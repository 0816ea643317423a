/** The household schema (contract v1 with the optional v1.1 fields) against the facts table it is built from. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssues, householdSchema, memberSchema } from '../../../src/rules/schema';
import { answerFields, facts, maxMembers } from '../../../src/rules/facts';

const parse = (members: unknown[]) => householdSchema.safeParse({ version: 1, members });
const message = (members: unknown[]) => {
  const r = parse(members);
  return r.success ? '' : formatIssues(r.error, { version: 1, members });
};
const person = (id: string, extra: object = {}) => ({ id, birthDate: '1990-01-01', ...extra });

/** The zod type name of a member field at a dotted path, optional/nullable wrappers removed. */
function typeAt(path: string): string {
  let node = memberSchema as unknown as { _zod: { def: Record<string, unknown> } };
  for (const key of path.split('.')) {
    let def = node._zod.def;
    while (def.type === 'optional' || def.type === 'nullable') def = (def.innerType as typeof node)._zod.def;
    node = (def.shape as Record<string, typeof node>)[key];
    if (!node) return 'missing';
  }
  let def = node._zod.def;
  while (def.type === 'optional' || def.type === 'nullable') def = (def.innerType as typeof node)._zod.def;
  return String(def.type);
}

describe('household schema', () => {
  it('has a field of the right type for every fact, and a fact for every answer field', () => {
    const zodType = { date: 'string', country: 'string', enum: 'enum', boolean: 'boolean', number: 'number' } as const;
    for (const f of answerFields) expect([f, typeAt(f)]).toEqual([f, zodType[facts[f].type]]);
  });

  it('takes enum values and number limits from the facts table', () => {
    for (const f of answerFields) {
      const fact = facts[f];
      const [head, tail] = f.split('.');
      const with_ = (v: unknown) => person('a', tail ? { [head]: { [tail]: v } } : { [head]: v });
      if (fact.type === 'enum') {
        for (const v of fact.values) expect(parse([with_(v)]).success, `${f}=${v}`).toBe(true);
        expect(parse([with_('nonsense')]).success).toBe(false);
      }
      if (fact.type === 'number') {
        expect(parse([with_(fact.min)]).success).toBe(true);
        expect(parse([with_(fact.max)]).success).toBe(true);
        expect(parse([with_(fact.max + 1)]).success).toBe(false);
        expect(parse([with_(fact.min - 1)]).success).toBe(false);
      }
    }
  });

  it('accepts the contract example with every v1.1 field', () => {
    const example = {
      version: 1,
      members: [
        {
          id: 'father', birthDate: '1984-03-01', role: 'parent', spouseId: 'mother', duldungSince: '2020-01-15', identityEfforts: 'in-time',
          convictions: 'serious', convictionSentence: { kind: 'fine', months: 0, suspended: false }, integrationCourse: { possible: false, obliged: false },
          germanWritten: 'A1', departureImpossible: false, applications: [{ route: '25b', appliedOn: '2026-10-01' }], name: 'Khaled',
        },
        { id: 'mother', birthDate: '1987-06-10', role: 'parent', nationality: 'stateless' },
        { id: 'son', birthDate: '2013-09-09', role: 'child', parentIds: ['father', 'mother'], nationality: 'unclear' },
        { id: 'niece', birthDate: '2006-01-20', role: 'other', parentIds: [], training: { state: 'contract', kind: 'assistant', startDate: '2027-08-01', followOnPromise: true } },
      ],
    };
    const r = householdSchema.safeParse(example);
    expect(r.success ? '' : formatIssues(r.error, example)).toBe('');
  });

  it('refuses links to a member that does not exist, to oneself, and contradicting spouse links, naming the field', () => {
    expect(message([person('a', { spouseId: 'b' })])).toBe('members[0].spouseId: no member with id "b"');
    expect(message([person('a', { spouseId: 'a' })])).toBe('members[0].spouseId: member "a" cannot be their own spouse');
    expect(message([person('a', { parentIds: ['a'] })])).toBe('members[0].parentIds[0]: member "a" cannot be their own parent');
    expect(message([person('a', { parentIds: ['x'] })])).toBe('members[0].parentIds[0]: no member with id "x"');
    expect(message([person('a', { spouseId: 'b' }), person('b', { spouseId: 'c' }), person('c')])).toContain('members[1].spouseId: contradicting spouse links');
    expect(message([person('a', { spouseId: 'b' }), person('b', { spouseId: null })])).toContain('members[1].spouseId: contradicting spouse links');
    expect(message([person('a', { spouseId: 'b' }), person('b', { spouseId: 'a' })])).toBe('');
    expect(message([person('a', { spouseId: 'b' }), person('b')])).toBe('');
  });

  it(`holds at most ${maxMembers} people`, () => {
    expect(parse(Array.from({ length: maxMembers }, (_, i) => person(`p${i}`))).success).toBe(true);
    expect(parse(Array.from({ length: maxMembers + 1 }, (_, i) => person(`p${i}`))).success).toBe(false);
  });

  it('still reads every v1 fixture household', () => {
    const dir = join(__dirname, '../../fixtures/households');
    for (const f of ['serbian-family.json', 'permit-104c.json', 'unknowns.json']) {
      const json = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      expect(householdSchema.safeParse(json).success, f).toBe(true);
    }
  });
});
