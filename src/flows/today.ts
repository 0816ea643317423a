/** Today's calendar date on this device, as YYYY-MM-DD (local time, not UTC: a family's "today"). */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
