/**
 * Checks raw JSON before zod sees it: prototype-polluting keys, absurd nesting, markup in names.
 * Returns a storage.* message key, or null when the value is safe to validate.
 */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
export const maxDepth = 12;
export const maxMembers = 20;

export function rawProblem(value: unknown, depth = 0): string | null {
  if (depth > maxDepth) return 'import.tooDeep';
  if (Array.isArray(value)) {
    for (const v of value) {
      const p = rawProblem(v, depth + 1);
      if (p) return p;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (forbiddenKeys.has(key)) return 'import.forbiddenKey';
      const p = rawProblem((value as Record<string, unknown>)[key], depth + 1);
      if (p) return p;
    }
  }
  return null;
}

/** JSON.parse that never creates __proto__/constructor keys on the result. */
export function safeParse(text: string): { ok: true; value: unknown } | { ok: false; forbidden: boolean } {
  let forbidden = false;
  try {
    const value = JSON.parse(text, (key, v) => {
      if (forbiddenKeys.has(key)) {
        forbidden = true;
        return undefined;
      }
      return v;
    });
    return forbidden ? { ok: false, forbidden } : { ok: true, value };
  } catch {
    return { ok: false, forbidden };
  }
}

export const unsafeName = (name: string) => /[<>&"'`{}\\/\p{Cc}]/u.test(name) || name.length > 40;
