/**
 * The unlocked workspace as a `HouseholdStore` (src/storage/store.ts): one household per family, the
 * label as what the list shows, the earlier versions of the household as its history. The check runs on
 * it unchanged (CheckApp's store prop): it never touches the family's own saved answers (localStorage).
 */
import type { HouseholdStore } from '../store';
import type { Envelope } from '../envelope';
import { parseJson } from '../guard';
import { admit } from '../gate/admit';
import { familyIdPattern, maxPrevious, newFamily, type Family } from './model';
import type { Vault } from './vault';

/** Whether two envelopes hold the same household (progress and time of saving aside). */
const sameHousehold = (a: Envelope | null, b: Envelope) => !!a && JSON.stringify(a.household) === JSON.stringify(b.household);

/**
 * The family with a new household: the one before goes to the front of its history when the facts
 * changed (not when only the check's progress moved on).
 */
export function withEnvelope(family: Family, envelope: Envelope): Family {
  const changed = family.envelope && !sameHousehold(family.envelope, envelope);
  const previous = changed ? [family.envelope!, ...family.previous].slice(0, maxPrevious) : family.previous;
  return { ...family, envelope, previous };
}

export interface WorkspaceStoreOptions {
  /** The label of a family that `save` creates (the page always creates families with their label first). */
  label?: string;
  language?: Family['language'];
  /** Told of every family this store wrote (the page keeps its own copy of the families in step). */
  onChange?: (family: Family) => void;
}

export function workspaceStore(vault: Vault, options: WorkspaceStoreOptions = {}): HouseholdStore {
  const family = async (id: string) => {
    const f = await vault.get(id);
    return f === 'unreadable' ? 'unreadable' : f;
  };
  return {
    async list() {
      const { families } = await vault.list();
      return families
        .filter((f) => f.envelope)
        .map((f) => ({ id: f.id, savedAt: f.envelope!.savedAt, label: f.label }));
    },
    async load(id) {
      const f = await family(id);
      if (f === 'unreadable') return { status: 'unreadable', notice: 'saved.unreadable' };
      return f?.envelope ? { status: 'ok', envelope: f.envelope } : { status: 'empty' };
    },
    async save(id, envelope) {
      if (!familyIdPattern.test(id)) return { ok: false, error: 'saved.invalid' };
      let checked;
      try {
        const back = parseJson(JSON.stringify(envelope));
        checked = back.ok ? admit('workspace', back.value) : null;
      } catch {
        checked = null;
      }
      if (!checked?.ok) return { ok: false, error: 'saved.invalid' };
      const f = await family(id);
      // an unreadable record is never overwritten: it may still open with a later version of this page
      if (f === 'unreadable') return { ok: false, error: 'saved.saveFailed' };
      const base = f ?? { ...newFamily(options.label ?? '—', options.language ?? 'de'), id };
      const next = withEnvelope(base, checked.envelope);
      const written = await vault.put(next);
      if (written.ok) options.onChange?.(next);
      return written.ok ? { ok: true } : { ok: false, error: 'saved.invalid' };
    },
    async history(id) {
      const f = await family(id);
      return f && f !== 'unreadable' ? f.previous : [];
    },
    /**
     * The household goes (the check's family list emptied), with its earlier versions; the case manager's
     * record of the family (label, meetings, steps, goals) stays: "remove this family from this device" is
     * the vault's own remove, behind a confirmation.
     */
    async remove(id) {
      const f = await family(id);
      if (!f || f === 'unreadable') return;
      const next: Family = { ...f, envelope: null, previous: [] };
      const written = await vault.put(next);
      if (written.ok) options.onChange?.(next);
    },
  };
}
