/** Every question's options and limits are the household schema's (src/rules/facts.ts), not a second copy. */
import { describe, expect, it } from 'vitest';
import { questions } from '../../../src/flows/questions';
import { facts } from '../../../src/rules/facts';
import { householdSchema } from '../../../src/rules/schema';

const accepts = (field: string, value: unknown) => {
  const [head, tail] = field.split('.');
  const m = { id: 'a', birthDate: '1990-01-01', ...(tail ? { [head]: { [tail]: value } } : { [head]: value }) };
  return householdSchema.safeParse({ version: 1, members: [m] }).success;
};

describe('question specs come from the schema', () => {
  for (const q of questions) {
    it(`${q.id}: kind, options and limits`, () => {
      const f = facts[q.id];
      if (f.type === 'enum') expect([...q.options!].sort()).toEqual([...f.values].sort());
      if (f.type === 'boolean') expect(q.options).toEqual(['yes', 'no']);
      if (f.type === 'number') {
        expect([q.min, q.max]).toEqual([f.min, f.max]);
        expect(accepts(q.id, q.max)).toBe(true);
        expect(accepts(q.id, q.max! + 1)).toBe(false);
      }
      if (f.type === 'date') expect(!!q.future).toBe(f.when === 'future');
      if (q.kind === 'choice' && f.type === 'enum') for (const o of q.options!) expect(accepts(q.id, o)).toBe(true);
    });
  }
});
