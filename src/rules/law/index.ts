/**
 * `law(asOf)`: every legal number at the evaluation date, read like PolicyEngine's `parameters(period)`:
 * `law(asOf).r25a.minAge` is 14. Route files read legal numbers only through this.
 */
import { isParameter, valueOn, type Parameter } from './parameter';
import { parameters, type Parameters } from './parameters';

type Resolved<T> = T extends Parameter<infer V> ? V : { readonly [K in keyof T]: Resolved<T[K]> };
export type Law = Resolved<Parameters>;

function resolve(node: unknown, on: string): unknown {
  if (isParameter(node)) return valueOn(node, on);
  return Object.fromEntries(Object.entries(node as object).map(([k, v]) => [k, resolve(v, on)]));
}

const cache = new Map<string, Law>();

/** The legal numbers in force on `asOf` (ISO date); cached per date. */
export function law(asOf: string): Law {
  let hit = cache.get(asOf);
  if (!hit) {
    if (cache.size > 500) cache.clear();
    hit = resolve(parameters, asOf) as Law;
    cache.set(asOf, hit);
  }
  return hit;
}

export { parameters } from './parameters';
export { valueOn, type Parameter } from './parameter';
export { legalState, openPoints, overdueFor, reviewDueFrom, type OpenPoint, type OpenPointId } from './open-points';
