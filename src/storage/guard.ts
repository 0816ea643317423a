/**
 * Checks on raw text and raw parsed JSON, before zod sees anything: nesting depth (counted on the text,
 * so a hostile file cannot blow the stack) and prototype-polluting keys (refused by a walk). Names and
 * dates are the gate's (src/storage/gate).
 */
import type { ImportError } from './messages';

/** Containers nested deeper than this are refused (a real envelope needs 5, with a snapshot about 8). */
export const maxDepth = 12;
export { maxMembers } from '../rules/facts';

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The deepest nesting of `[`/`{` in JSON text, ignoring brackets inside strings. Stops counting at
 * `limit + 1`, so it is linear and never recursive.
 * @example textDepth('{"a":[{}]}') // => 3
 */
export function textDepth(text: string, limit = maxDepth): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/**
 * JSON.parse, reporting text that is not JSON. Keys such as `__proto__` become plain own properties
 * (JSON.parse never sets a prototype); the gate refuses them after migrating old shapes (rawProblem),
 * so a member once named "constructor" in an old file still opens.
 * @example parseJson('{"a":1') // => { ok: false, error: 'import.notJson' }
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: ImportError } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: 'import.notJson' };
  }
}

/**
 * Walks parsed JSON (or any plain value) iteratively: too deep, or a forbidden key anywhere.
 * @example rawProblem({ a: { constructor: 1 } }) // => 'import.forbiddenKey'
 */
export function rawProblem(value: unknown): ImportError | null {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth > maxDepth) return 'import.tooDeep';
    if (Array.isArray(v)) {
      for (const item of v) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(v)) {
      if (forbiddenKeys.has(key)) return 'import.forbiddenKey';
      stack.push([(v as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}

/** Question ids are dotted identifiers such as `work.hoursPerWeek`. */
export const unsafeQuestionId = (id: string) => !/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/.test(id);

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
