/**
 * Who is whose spouse, parent and child in a household, exactly as the contract reads the v1.1 links
 * (shared/contracts/household-v1.md, "Optional additions (v1.1)"):
 * - `spouseId`: if no member of the household has the field, the v1 reading: exactly two `parent` members
 *   are each other's spouses, otherwise nobody has one. If any member has it, only declared links count
 *   (one side is enough; the link counts both ways).
 * - `parentIds`: a member without the field is read the v1 way: a `child` member is a child of every
 *   `parent` member. With the field, only the listed members are the member's parents.
 */
import type { Household, Member } from './schema';
import { law } from './law';
import { ageOn, birthdayAt } from './dates';

const linksDeclared = (h: Household) => h.members.some((m) => m.spouseId !== undefined);

/** The member's spouse or registered partner living in the household, if any. */
export function spouseOf(m: Member, h: Household): Member | undefined {
  if (linksDeclared(h)) {
    const id = m.spouseId ?? h.members.find((x) => x.spouseId === m.id && x.id !== m.id)?.id;
    return id == null ? undefined : h.members.find((x) => x.id === id && x.id !== m.id);
  }
  if (m.role !== 'parent') return undefined;
  const parents = h.members.filter((x) => x.role === 'parent');
  return parents.length === 2 ? parents.find((x) => x.id !== m.id) : undefined;
}

/** The member's parents living in the household. */
export function parentsOf(m: Member, h: Household): Member[] {
  if (m.parentIds) return h.members.filter((x) => x.id !== m.id && m.parentIds!.includes(x.id));
  return m.role === 'child' ? h.members.filter((x) => x.id !== m.id && x.role === 'parent') : [];
}

export const isParentOf = (p: Member, c: Member, h: Household) => parentsOf(c, h).some((x) => x.id === p.id);

/** The member's children living in the household. */
export const childrenOf = (p: Member, h: Household): Member[] => h.members.filter((c) => c.id !== p.id && isParentOf(p, c, h));

/** Under the age of majority on `on` (§ 2 BGB). */
export const isMinorOn = (m: Member, on: string) => ageOn(m.birthDate, on) < law(on).general.minorAge;
/** The day the member comes of age (a permit for a minor must come before it). */
export const majorityDay = (m: Member, asOf: string) => birthdayAt(m.birthDate, law(asOf).general.minorAge);
