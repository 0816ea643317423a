import { daysBetween } from '../../rules/dates';
import { formatDate } from '../../i18n/dates';
import { formatNumber } from '../../i18n/digits';
import type { PlanStep } from '../../plan';

/**
 * From today to the last date of the plan: a dot per dated step, numbered like the list below it (the
 * list carries the same facts in words, so the picture is a help, not the only source).
 * Dates keep the page's direction: CLDR's numeric pattern is written for it (Arabic puts right-to-left
 * marks between day, month and year, which a forced left-to-right direction turned into "292026/11/").
 */
export function Timeline({ steps, today, lang, label }: { steps: PlanStep[]; today: string; lang: string; label: (end: string) => string }) {
  const dated = steps.map((s, i) => ({ s, n: i + 1 })).filter((x) => x.s.due);
  if (!dated.length) return null;
  const last = dated.reduce((m, x) => (x.s.due! > m ? x.s.due! : m), today);
  const span = Math.max(daysBetween(today, last), 180);
  const x = (iso: string) => 40 + (520 * Math.max(0, daysBetween(today, iso))) / span;
  const title = label(last);
  return (
    <svg className="timeline" viewBox="0 0 600 120" role="img" aria-label={title}>
      <line x1="40" y1="60" x2="560" y2="60" stroke="currentColor" strokeWidth="3" />
      <circle cx="40" cy="60" r="7" fill="currentColor" />
      <text x="40" y="100" textAnchor="middle" fontSize="14">{formatDate(today, lang, 'numeric')}</text>
      {dated.map(({ s, n }, i) => (
        <g key={s.id} className={`mark mark-${s.topic}`}>
          <circle cx={x(s.due!)} cy="60" r="12" fill="#fff" stroke="currentColor" strokeWidth="3" />
          <text x={x(s.due!)} y="65" textAnchor="middle" fontSize="13" fontWeight="700">{formatNumber(n, lang)}</text>
          <text x={x(s.due!)} y={i % 2 ? 100 : 30} textAnchor="middle" fontSize="14">{formatDate(s.due!, lang, 'numeric')}</text>
        </g>
      ))}
    </svg>
  );
}
