/** Fast key derivation for tests (the real parameters are tested once, in crypto.test.ts). */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { kdfPolicy, toBase64, type KdfParams, type KdfPolicy } from '../../../../src/storage/workspace/crypto';
import type { VaultOptions } from '../../../../src/storage/workspace/vault';
import { createEnvelope, type Envelope } from '../../../../src/storage/envelope';
import type { Household } from '../../../../src/rules/schema';
import { readFileSync } from 'node:fs';

export const fastPolicy: KdfPolicy = { ...kdfPolicy, argon2id: { ...kdfPolicy.argon2id, minMemory: 8, minIterations: 1 } };
export const fastParams = (): KdfParams => ({ name: 'argon2id', memory: 64, iterations: 1, parallelism: 1, salt: toBase64(crypto.getRandomValues(new Uint8Array(16))) });
export const testVault = (factory = new IDBFactory()): VaultOptions & { factory: IDBFactory } => ({ factory, policy: fastPolicy, params: fastParams(), admit: { today: '2026-12-06' } });
export const passphrase = 'grüne Tasse am Fenster';

export const fixture = (name: string): Household => JSON.parse(readFileSync(`tests/fixtures/households/${name}.json`, 'utf8'));
export const envelopeOf = (household: Household, minute = 0): Envelope => createEnvelope(household, undefined, new Date(Date.UTC(2026, 11, 6, 9, minute)));

/** Amir (§ 25b: everything there but the livelihood), his wife Sara and their son Navid. */
export function amirFamily(livelihood: 'benefits' | 'mostly-own' = 'benefits'): Household {
  const adult = { role: 'parent', nationality: 'AF', entryDate: '2016-03-01', status: 'duldung', statusSince: '2017-01-10', unclearIdentityMonths: 0, permit104cUntil: null, asylum: 'rejected', asylumAppliedOn: '2016-04-01', identityClarified: true, identityClarifiedOn: '2017-01-01', passport: true, identityDeception: false, german: 'A2', convictions: 'none', livesWithMinorChild: true } as const;
  return {
    version: 1,
    members: [
      { ...adult, id: 'pamir000001', name: 'Amir', birthDate: '1987-04-02', spouseId: 'psara000001', training: { state: 'none' }, work: { hoursPerWeek: livelihood === 'benefits' ? 0 : 38, since: livelihood === 'benefits' ? null : '2026-10-01', permitted: true }, livelihood },
      { ...adult, id: 'psara000001', name: 'Sara', birthDate: '1990-08-15', work: { hoursPerWeek: 0, permitted: true }, livelihood },
      { id: 'pnavid00001', name: 'Navid', birthDate: '2011-02-20', role: 'child', nationality: 'AF', entryDate: '2016-03-01', status: 'duldung', statusSince: '2017-01-10', identityClarified: true, identityDeception: false, school: { attending: true, yearsAttended: 9, qualification: 'none' }, convictions: 'none', parentIds: ['pamir000001', 'psara000001'] },
    ],
  } as Household;
}
