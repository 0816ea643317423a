/**
 * Making envelopes: kept apart from the schemas (envelope.ts) so that the check page can build one for its
 * first save without loading zod.
 */
import type { Envelope, Progress } from './envelope';
import type { Household } from '../rules/schema';

/** The envelope version this code writes; older ones are migrated (migrate.ts), newer ones refused. */
export const currentSchema = 2;

/** An empty progress record, for rebuilt or migrated envelopes. */
export const emptyProgress = (): Progress => ({ asked: [], current: null, history: [], done: false });

/**
 * The one way to make an envelope (the check, the plan's "save here", imports, the workspace).
 * @example createEnvelope(household, { ...emptyProgress(), done: true })
 */
export function createEnvelope(household: Household, progress: Progress = emptyProgress(), savedAt = new Date()): Envelope {
  return { app: 'bleibeweg', schema: currentSchema as 2, savedAt: savedAt.toISOString(), household, progress };
}

/** The envelope without its snapshot cache (files, links and the workspace never carry it). */
export function withoutSnapshot(envelope: Envelope): Envelope {
  const { snapshot: _, ...rest } = envelope;
  return rest;
}
