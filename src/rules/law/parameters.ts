/**
 * Every legal number the routes use, as dated data (PolicyEngine's model: one entry per number, with its
 * value by date, unit, the provision, the source and the date last checked). Source of every value: the
 * legal reference shared/legal/reference.md, revised 2026-12-03 (legal state March 2026), which names its
 * own practitioner sources. Route files read these through `law(asOf)`; a unit test
 * (tests/unit/rules/parameters.test.ts) fails when a file under src/rules/ outside this folder writes a
 * date or number literal of its own.
 *
 * To review: compare each entry with the law in force (gesetze-im-internet.de, BGBl.), update `values`
 * (add a dated entry where the law changes on a date, keep the old one), `lastChecked`, and the open points
 * (open-points.ts). `npm run legal:status` lists what is due.
 */
import { NOTES } from '../notes';
import type { Parameter } from './parameter';
import type { germanLevels } from '../facts';

type Level = (typeof germanLevels)[number];
const level = (l: Level) => l;

const checked = '2026-12-03';
const ref = 'shared/legal/reference.md (2026-12-03)';
const aufenthg = (section: string) => `https://www.gesetze-im-internet.de/aufenthg_2004/__${section}.html`;
const asylg = (section: string) => `https://www.gesetze-im-internet.de/asylvfg_1992/__${section}.html`;

type Meta = Omit<Parameter<unknown>, 'values' | 'lastChecked'>;

/**
 * A parameter with one value since `from`, or with `values` by date. The description, unit, provisions and
 * source are written `NOTES && { … }`: kept for the status script, the tests and the docs, left out of the
 * phones' bundles (the values and dates are all the engine needs there).
 */
function since<T>(from: string, value: T, meta: Meta | false): Parameter<T> {
  return { ...(meta || {}), values: [{ from, value }], lastChecked: checked };
}
function dated<T>(values: Parameter<T>['values'], meta: Meta | false): Parameter<T> {
  return { ...(meta || {}), values, lastChecked: checked };
}

/** The EU member states (part of Annex II to § 29a AsylG by Art. 16a Abs. 2 GG). */
const euMembers = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
/** The ten non-EU states of Annex II, also the whole list of the first § 29b ordinance. */
const annexIINonEu = ['AL', 'BA', 'GE', 'GH', 'XK', 'MD', 'ME', 'MK', 'SN', 'RS'];

export const parameters = {
  general: {
    minorAge: since('1975-01-01', 18, NOTES && {
      description: 'Age of majority: "minor" children (§ 25a Abs. 2, § 25b Abs. 4, § 60d Abs. 2 AufenthG) are under this age.',
      unit: 'years', reference: [{ title: '§ 2 BGB', href: 'https://www.gesetze-im-internet.de/bgb/__2.html' }], source: `${ref}, 25a-family, 25b-family, 60d`,
    }),
    criminalAge: since('1975-01-01', 14, NOTES && {
      description: 'Age of criminal responsibility: children below it cannot have convictions, so the portal does not read convictions for them.',
      unit: 'years', reference: [{ title: '§ 19 StGB', href: 'https://www.gesetze-im-internet.de/stgb/__19.html' }], source: 'portal rule on the basis of § 19 StGB',
    }),
    ownRoutesMinAge: since('2024-01-01', 14, NOTES && {
      description: 'Portal rule, not law: own routes 25b, 16g, 60c, 60d and 19d are evaluated from this age; younger children are covered by their parents\' routes (25b-family, 60d family) and are not asked about work or training.',
      unit: 'years', reference: [{ title: '§ 25b Abs. 4, § 60d Abs. 2 AufenthG', href: aufenthg('25b') }], source: 'portal rule (docs/routes.md)',
    }),
  },
  convictions: {
    fineDailyRates: since('2015-08-01', 50, NOTES && {
      description: 'Fines for intentional offences up to this many daily rates in total are as a rule disregarded (the contract\'s "minor").',
      unit: 'daily-rates', reference: [{ title: '§ 25a Abs. 3, § 60c Abs. 2 Nr. 4, § 60d Abs. 1 Nr. 7, § 19d Abs. 1 Nr. 7 AufenthG', href: aufenthg('25a') }],
      source: `${ref}, General terms, Convictions`, openPoints: ['U4'],
    }),
    fineDailyRatesForeignersOnly: since('2015-08-01', 90, NOTES && {
      description: 'The same limit for offences that only foreigners can commit (AufenthG, AsylG).',
      unit: 'daily-rates', reference: [{ title: '§ 25a Abs. 3, § 60c Abs. 2 Nr. 4, § 60d Abs. 1 Nr. 7, § 19d Abs. 1 Nr. 7 AufenthG', href: aufenthg('25a') }],
      source: `${ref}, General terms, Convictions`, openPoints: ['U4'],
    }),
    prisonMonths: since('2016-01-01', 6, NOTES && {
      description: 'A prison sentence of at least this many months (with or without probation) is a serious expulsion interest.',
      unit: 'months', reference: [{ title: '§ 54 Abs. 2 Nr. 1 AufenthG', href: aufenthg('54') }], source: `${ref}, General terms, convictionSentence`, openPoints: ['U4'],
    }),
    youthMonths: since('2016-01-01', 12, NOTES && {
      description: 'A youth sentence of at least this many months, not suspended, is a serious expulsion interest.',
      unit: 'months', reference: [{ title: '§ 54 Abs. 2 Nr. 2 AufenthG', href: aufenthg('54') }], source: `${ref}, General terms, convictionSentence`, openPoints: ['U4'],
    }),
    anySentenceMonths: since('2016-01-01', 24, NOTES && {
      description: 'Any prison or youth sentence of at least this many months is a particularly serious expulsion interest.',
      unit: 'months', reference: [{ title: '§ 54 Abs. 1 Nr. 1 AufenthG', href: aufenthg('54') }], source: `${ref}, General terms, convictionSentence`, openPoints: ['U4'],
    }),
  },
  safeCountries: {
    annexII: since('2019-01-01', [...euMembers, ...annexIINonEu], NOTES && {
      description: 'Safe countries of origin: the EU member states and the states of Annex II to § 29a AsylG. No amending act found.',
      unit: 'countries', reference: [{ title: '§ 29a Abs. 2 AsylG, Anlage II', href: 'https://www.gesetze-im-internet.de/asylvfg_1992/anlage_ii.html' }],
      source: `${ref}, General terms, Safe countries of origin`, openPoints: ['U1'],
    }),
    ordinance29b: since('2026-02-02', annexIINonEu, NOTES && {
      description: 'States designated safe for international protection by ordinance under § 29b AsylG (Verordnung of 21.01.2026, BGBl. 2026 I Nr. 19, in force 02.02.2026): the same ten states as Annex II, no new country. A state on this list but not on Annex II sets the work-ban condition to unknown, never to excluded.',
      unit: 'countries', reference: [{ title: '§ 29b AsylG', href: asylg('29b') }], source: `${ref}, General terms, Safe countries of origin`, openPoints: ['U5'],
    }),
    euList: dated<string[]>([
      { from: '2024-06-11', value: [], note: NOTES && 'Regulation (EU) 2024/1348 in force, no EU list yet.' },
      { from: '2026-06-12', value: ['BD', 'CO', 'EG', 'IN', 'XK', 'MA', 'TN'], note: NOTES && 'Reported date of application with the EU asylum package; publication not seen (U6).' },
    ], NOTES && {
      description: 'EU list of safe countries of origin (amendment to Regulation (EU) 2024/1348, adopted by the European Parliament on 10.02.2026; Council adoption and publication not seen; reported to apply from 12.06.2026). Its effect on the work ban of § 60a Abs. 6 is unverified: the portal only adds a note on 60c, 60d, 16g, 19d and 25b-employment for nationals not on Annex II.',
      unit: 'countries', reference: [{ title: 'Verordnung (EU) 2024/1348, Art. 61', href: 'https://eur-lex.europa.eu/eli/reg/2024/1348/oj' }],
      source: `${ref}, General terms, EU list`, openPoints: ['U6'],
    }),
    euCandidates: dated<string[]>([
      { from: '2024-06-11', value: [] },
      { from: '2026-06-12', value: ['AL', 'BA', 'GE', 'MD', 'ME', 'MK', 'RS', 'TR'] },
    ], NOTES && {
      description: 'EU candidate countries, safe "as a rule" under the same EU amendment. Ukraine is a candidate but is left out: the amendment excepts countries in armed conflict (the portal\'s reading, not stated in the reference). Only those not on Annex II get the note (today: TR).',
      unit: 'countries', reference: [{ title: 'Verordnung (EU) 2024/1348, Art. 61', href: 'https://eur-lex.europa.eu/eli/reg/2024/1348/oj' }],
      source: `${ref}, General terms, EU list ("as a rule, the EU candidate countries … e.g. TR")`, openPoints: ['U6'],
    }),
  },
  workBan: {
    safeCountryAsylumAfter: since('2015-10-24', '2015-08-31', NOTES && {
      description: 'The safe-country work ban catches nationals of a safe country whose asylum application made after this day was rejected or withdrawn, or who made none.',
      unit: 'date', reference: [{ title: '§ 60a Abs. 6 Satz 1 Nr. 3 AufenthG', href: aufenthg('60a') }], source: `${ref}, General terms, Permission to work`,
    }),
    exemptNationals: since('2023-12-23', ['GE', 'MD'], NOTES && {
      description: 'Nationals of these states who were in Germany with a Gestattung or Duldung on the day below are not caught by the safe-country work ban.',
      unit: 'countries', reference: [{ title: '§ 60a Abs. 6 Satz 1 Nr. 3 AufenthG', href: aufenthg('60a') }], source: `${ref}, General terms, Permission to work`,
    }),
    exemptIfInGermanyOn: since('2023-12-23', '2023-08-30', NOTES && {
      description: 'The day on which Georgian and Moldovan nationals must already have been in Germany (read from entryDate: entered on or before it).',
      unit: 'date', reference: [{ title: '§ 60a Abs. 6 Satz 1 Nr. 3 AufenthG', href: aufenthg('60a') }], source: `${ref}, General terms, Permission to work`,
    }),
    permissionAsRuleSince: since('2024-02-27', '2024-02-27', NOTES && {
      description: 'Since this day the permission to work for tolerated persons should as a rule be granted.',
      unit: 'date', reference: [{ title: '§ 4a Abs. 4 AufenthG, § 32 BeschV', href: aufenthg('4a') }], source: `${ref}, General terms, Permission to work`, openPoints: ['U2'],
    }),
  },
  r25a: {
    minAge: since('2015-08-01', 14, NOTES && {
      description: 'From the 14th birthday a person is a young person (Jugendlicher); before it 25a is "later", never excluded.',
      unit: 'years', reference: [{ title: '§ 25a Abs. 1 Satz 1 AufenthG', href: aufenthg('25a') }], source: `${ref}, 25a`,
    }),
    applyBeforeAge: since('2022-12-31', 27, NOTES && {
      description: 'The application must be made before this birthday (the last day is the day before it).',
      unit: 'years', reference: [{ title: '§ 25a Abs. 1 Satz 1 Nr. 3 AufenthG', href: aufenthg('25a') }], source: `${ref}, 25a, Deadline`,
    }),
    duldungMonths: since('2022-12-31', 12, NOTES && {
      description: 'Months with a Duldung (§ 60b months and Gestattung time do not count); waived for § 104c holders.',
      unit: 'months', reference: [{ title: '§ 25a Abs. 1 Satz 1 AufenthG', href: aufenthg('25a') }], source: `${ref}, 25a`, openPoints: ['U9'],
    }),
    stayYears: since('2022-12-31', 3, NOTES && {
      description: 'Years of uninterrupted stay with a Duldung, Gestattung or residence permit.',
      unit: 'years', reference: [{ title: '§ 25a Abs. 1 Satz 1 Nr. 1 AufenthG', href: aufenthg('25a') }], source: `${ref}, 25a`, openPoints: ['U9'],
    }),
    schoolYears: since('2022-12-31', 3, NOTES && {
      description: 'Years of successful school attendance in Germany (or a recognised qualification gained here).',
      unit: 'years', reference: [{ title: '§ 25a Abs. 1 Satz 1 Nr. 2 AufenthG', href: aufenthg('25a') }], source: `${ref}, 25a`,
    }),
  },
  r25b: {
    stayYears: since('2022-12-31', 6, NOTES && {
      description: 'Years of prior stay.',
      unit: 'years', reference: [{ title: '§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG', href: aufenthg('25b') }], source: `${ref}, 25b`, openPoints: ['U9'],
    }),
    stayYearsWithMinorChild: since('2022-12-31', 4, NOTES && {
      description: 'Years of prior stay when living in one household with an unmarried minor child (judged at the decision).',
      unit: 'years', reference: [{ title: '§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG', href: aufenthg('25b') }], source: `${ref}, 25b`, openPoints: ['U9'],
    }),
    childTurns18WarningMonths: since('2026-12-03', 6, NOTES && {
      description: 'Portal rule: where the 4 years decide, warn when the youngest minor child of the person turns 18 within this many months of the day the 4 years are met (the minor child is judged at the decision).',
      unit: 'months', reference: [{ title: '§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG', href: aufenthg('25b') }], source: `${ref}, 25b ("warn when the youngest turns 18 soon"); the number of months is the portal's`,
    }),
    german: since('2015-08-01', level('A2'), NOTES && {
      description: 'Oral German: "hinreichende" = A2.',
      unit: 'level', reference: [{ title: '§ 25b Abs. 1 Satz 2 Nr. 4, § 2 Abs. 10 AufenthG', href: aufenthg('25b') }], source: `${ref}, 25b; General terms, German levels`, openPoints: ['U2'],
    }),
  },
  r25bEmployment: {
    months60d: since('2020-01-01', 30, NOTES && {
      description: 'Months holding an employment toleration (§ 60d) before § 25b Abs. 6.',
      unit: 'months', reference: [{ title: '§ 25b Abs. 6 Satz 1 AufenthG', href: aufenthg('25b') }], source: `${ref}, 25b-employment`,
    }),
    german: since('2020-01-01', level('A2'), NOTES && {
      description: 'Oral German A2 (not B1); written A2 too where an integration course was possible.',
      unit: 'level', reference: [{ title: '§ 25b Abs. 6 AufenthG', href: aufenthg('25b') }], source: `${ref}, 25b-employment`, openPoints: ['U12'],
    }),
  },
  r104c: {
    newPermitsUntil: since('2022-12-31', '2025-12-31', NOTES && {
      description: 'Last day on which § 104c permits could be applied for; no new permits, extension or successor since.',
      unit: 'date', reference: [{ title: '§ 104c AufenthG; Art. 5 Nr. 4 Chancen-Aufenthaltsrechtsgesetz (BGBl. 2022 I S. 2847)', href: aufenthg('104c') }], source: `${ref}, 104c, History`,
    }),
    holderRulesEnd: since('2025-12-31', '2027-07-01', NOTES && {
      description: 'First day without the holder rules: Art. 5 Nr. 2, 3 of the Chancen act (striking the § 104c alternative from § 25a Abs. 1, § 25b Abs. 1, repealing § 25a Abs. 5, 6 and § 25b Abs. 7, 8) take effect; postponed in December 2025 (amending act not seen). 30.06.2027 is the holders\' last day; applyBefore of route 104c is at the latest this day.',
      unit: 'date', reference: [{ title: 'Art. 5 Nr. 2, 3 Chancen-Aufenthaltsrechtsgesetz; § 104c AufenthG', href: aufenthg('104c') }],
      source: `${ref}, 104c, Deadline (asyl.net, January 2026; Flüchtlingsrat NRW, December 2025)`, openPoints: ['U3'],
    }),
    permitMonths: since('2022-12-31', 18, NOTES && {
      description: 'Length of a § 104c permit (for the history; not extendable as such).',
      unit: 'months', reference: [{ title: '§ 104c Abs. 1 AufenthG', href: aufenthg('104c') }], source: `${ref}, 104c, History`,
    }),
  },
  training: {
    applyMonthsBeforeStart: since('2020-01-01', 7, NOTES && {
      description: 'The application for 16g or 60c can be made at the earliest this many months before the training starts.',
      unit: 'months', reference: [{ title: '§ 16g Abs. 3, § 60c Abs. 3 AufenthG', href: aufenthg('16g') }], source: `${ref}, 16g, 60c (timing)`, openPoints: ['U2'],
    }),
    permitMonthsBeforeStart: since('2024-03-01', 6, NOTES && {
      description: 'The 16g permit is granted at the earliest this many months before the training starts (for the plan; possibleFrom uses the application date).',
      unit: 'months', reference: [{ title: '§ 16g Abs. 3 AufenthG', href: aufenthg('16g') }], source: `${ref}, 16g (timing)`, openPoints: ['U2'],
    }),
    duldungMonths: since('2020-01-01', 3, NOTES && {
      description: 'Months with a Duldung at the application (case 2: the training starts while tolerated).',
      unit: 'months', reference: [{ title: '§ 16g Abs. 2 Nr. 2, § 60c Abs. 2 Nr. 2 AufenthG', href: aufenthg('60c') }], source: `${ref}, 16g, 60c`, openPoints: ['U9'],
    }),
    identityEarlyEntryUntil: since('2020-01-01', '2016-12-31', NOTES && {
      description: 'Entry up to this day: identity clarified by the application.',
      unit: 'date', reference: [{ title: '§ 16g Abs. 2 Nr. 3, § 60c Abs. 2 Nr. 3 AufenthG', href: aufenthg('60c') }], source: `${ref}, 16g (identity deadlines)`, openPoints: ['U2'],
    }),
    identityMiddleEntryUntil: since('2020-01-01', '2019-12-31', NOTES && {
      description: 'Entry from 01.01.2017 up to this day: identity clarified by the application, at the latest by the day below.',
      unit: 'date', reference: [{ title: '§ 16g Abs. 2 Nr. 3, § 60c Abs. 2 Nr. 3 AufenthG', href: aufenthg('60c') }], source: `${ref}, 16g (identity deadlines)`, openPoints: ['U2'],
    }),
    identityMiddleDeadline: since('2020-01-01', '2020-06-30', NOTES && {
      description: 'Latest day of clarification for entry 2017–2019.',
      unit: 'date', reference: [{ title: '§ 16g Abs. 2 Nr. 3, § 60c Abs. 2 Nr. 3 AufenthG', href: aufenthg('60c') }], source: `${ref}, 16g (identity deadlines)`, openPoints: ['U2'],
    }),
    identityMonthsAfterEntry: since('2020-01-01', 6, NOTES && {
      description: 'Entry from 01.01.2020: identity clarified within this many months of entry.',
      unit: 'months', reference: [{ title: '§ 16g Abs. 2 Nr. 3, § 60c Abs. 2 Nr. 3 AufenthG', href: aufenthg('60c') }], source: `${ref}, 16g (identity deadlines)`, openPoints: ['U2'],
    }),
  },
  r16g: {
    inForceSince: since('2024-03-01', '2024-03-01', NOTES && {
      description: 'Day § 16g AufenthG came into force.',
      unit: 'date', reference: [{ title: '§ 16g AufenthG', href: aufenthg('16g') }], source: `${ref}, 16g`,
    }),
  },
  r60d: {
    entryBy: since('2023-12-31', '2022-12-31', NOTES && {
      description: 'The person and the spouse entered Germany by this day.',
      unit: 'date', reference: [{ title: '§ 60d Abs. 1 AufenthG', href: aufenthg('60d') }], source: `${ref}, 60d`,
    }),
    identityEarlyEntryUntil: since('2023-12-31', '2016-12-31', NOTES && {
      description: 'Entry up to this day: identity clarified by the application.',
      unit: 'date', reference: [{ title: '§ 60d Abs. 1 Nr. 1 AufenthG', href: aufenthg('60d') }], source: `${ref}, 60d (identity)`, openPoints: ['U2'],
    }),
    identityDeadline: since('2023-12-31', '2024-12-31', NOTES && {
      description: 'Entry 2017–2022: identity clarified by this day (by the application if it was filed earlier).',
      unit: 'date', reference: [{ title: '§ 60d Abs. 1 Nr. 1 AufenthG', href: aufenthg('60d') }], source: `${ref}, 60d (identity)`, openPoints: ['U2'],
    }),
    duldungMonths: since('2020-01-01', 12, NOTES && {
      description: 'Months with a Duldung.',
      unit: 'months', reference: [{ title: '§ 60d Abs. 1 Nr. 2 AufenthG', href: aufenthg('60d') }], source: `${ref}, 60d`, openPoints: ['U9'],
    }),
    workMonths: since('2024-02-27', 12, NOTES && {
      description: 'Months of employment subject to social insurance (eased in February 2024; earlier values not modelled).',
      unit: 'months', reference: [{ title: '§ 60d Abs. 1 Nr. 3 AufenthG', href: aufenthg('60d') }], source: `${ref}, 60d`,
    }),
    hoursPerWeek: since('2024-02-27', 20, NOTES && {
      description: 'Weekly hours of that employment, at least (eased in February 2024; earlier values not modelled).',
      unit: 'hours', reference: [{ title: '§ 60d Abs. 1 Nr. 3 AufenthG', href: aufenthg('60d') }], source: `${ref}, 60d`,
    }),
    livelihoodMonths: since('2020-01-01', 12, NOTES && {
      description: 'Livelihood secured by the employment in the last this many months and now.',
      unit: 'months', reference: [{ title: '§ 60d Abs. 1 Nr. 4, 5 AufenthG', href: aufenthg('60d') }], source: `${ref}, 60d`,
    }),
    german: since('2020-01-01', level('A2'), NOTES && {
      description: 'Oral German of the applicant.',
      unit: 'level', reference: [{ title: '§ 60d Abs. 1 Nr. 6 AufenthG', href: aufenthg('60d') }], source: `${ref}, 60d`, openPoints: ['U2'],
    }),
    durationMonths: since('2020-01-01', 30, NOTES && {
      description: 'The employment toleration is granted for this many months.',
      unit: 'months', reference: [{ title: '§ 60d Abs. 1 AufenthG', href: aufenthg('60d') }], source: `${ref}, 60d`,
    }),
    permanentSince: since('2023-12-01', '2023-12', NOTES && {
      description: 'Month since which § 60d is permanent (no expiry); eased in February 2024.',
      unit: 'month', reference: [{ title: '§ 60d AufenthG', href: aufenthg('60d') }], source: `${ref}, 60d`,
    }),
  },
  r19d: {
    german: since('2020-03-01', level('B1'), NOTES && {
      description: 'German "ausreichende" = B1.',
      unit: 'level', reference: [{ title: '§ 19d Abs. 1 Nr. 3, § 2 Abs. 11 AufenthG', href: aufenthg('19d') }], source: `${ref}, 19d`, openPoints: ['U2'],
    }),
    matchingWorkYears: since('2020-01-01', 2, NOTES && {
      description: 'Years of work matching a recognised foreign degree (Abs. 1 Nr. 1 b; not asked by the portal).',
      unit: 'years', reference: [{ title: '§ 19d Abs. 1 Nr. 1 AufenthG', href: aufenthg('19d') }], source: `${ref}, 19d`,
    }),
    qualifiedWorkYears: since('2020-01-01', 3, NOTES && {
      description: 'Years of qualified work, without benefits in the last year (Abs. 1 Nr. 1 c; not asked by the portal).',
      unit: 'years', reference: [{ title: '§ 19d Abs. 1 Nr. 1 AufenthG', href: aufenthg('19d') }], source: `${ref}, 19d`,
    }),
    afterTrainingYears: since('2020-01-01', 2, NOTES && {
      description: 'After a successful training under § 60c: a permit for this many years for matching employment (Abs. 1a).',
      unit: 'years', reference: [{ title: '§ 19d Abs. 1a AufenthG', href: aufenthg('19d') }], source: `${ref}, 19d`, openPoints: ['U15'],
    }),
  },
  r25_5: {
    sollAfterMonths: since('2005-01-01', 18, NOTES && {
      description: '"kann" becomes "soll" once removal has been suspended for this many months.',
      unit: 'months', reference: [{ title: '§ 25 Abs. 5 Satz 2 AufenthG', href: aufenthg('25') }], source: `${ref}, 25-5`,
    }),
  },
  schoolNrw: {
    startAge: since('2005-08-01', 6, NOTES && {
      description: 'Compulsory schooling starts on 1 August of the year in which the child turns this age by the cut-off day below.',
      unit: 'years', reference: [{ title: '§ 35 Abs. 1 SchulG NRW', href: 'https://bass.schul-welt.de/6043.htm' }], source: `${ref}, School attendance (NRW); portal reading (stricter, wider window)`,
    }),
    startCutOff: since('2005-08-01', '09-30', NOTES && {
      description: 'Cut-off day (month-day) for the school start age.',
      unit: 'month-day', reference: [{ title: '§ 35 Abs. 1 SchulG NRW', href: 'https://bass.schul-welt.de/6043.htm' }], source: `${ref}, School attendance (NRW)`,
    }),
    schoolYearStart: since('2005-08-01', '08-01', NOTES && {
      description: 'First day (month-day) of a school year.',
      unit: 'month-day', reference: [{ title: '§ 7 SchulG NRW', href: 'https://bass.schul-welt.de/6043.htm' }], source: `${ref}, School attendance (NRW)`,
    }),
    endAge: since('2005-08-01', 18, NOTES && {
      description: 'Vocational school duty lasts to the end of the school year in which the young person turns this age (longer in training).',
      unit: 'years', reference: [{ title: '§ 38 SchulG NRW', href: 'https://bass.schul-welt.de/6043.htm' }], source: `${ref}, School attendance (NRW)`,
    }),
    fullTimeYears: since('2005-08-01', 10, NOTES && {
      description: 'Full-time school years of compulsory schooling (for the texts; the portal reads attendance, not years).',
      unit: 'years', reference: [{ title: '§ 37 SchulG NRW', href: 'https://bass.schul-welt.de/6043.htm' }], source: `${ref}, School attendance (NRW)`,
    }),
  },
  facts: {
    integrationCourseStop: since('2026-02-09', '2026-02-09', NOTES && {
      description: 'BAMF circular: no voluntary admissions to integration courses (§ 44 Abs. 4 AufenthG) in the 2026 budget year and until further notice. Advice, not a condition.',
      unit: 'date', reference: [{ title: '§ 44 Abs. 4 AufenthG', href: aufenthg('44') }], source: `${ref}, Practical facts (Hessischer Flüchtlingsrat 09./10.02.2026; GGUA Münster)`, openPoints: ['U8'],
    }),
    geasFrom: since('2026-06-12', '2026-06-12', NOTES && {
      description: 'The EU asylum package (GEAS) applies; German adaptation acts passed the Bundestag on 27.02.2026. No change found to the routes.',
      unit: 'date', reference: [{ title: 'Verordnung (EU) 2024/1348; BT-Drs. 21/1848, 21/1850', href: 'https://eur-lex.europa.eu/eli/reg/2024/1348/oj' }], source: `${ref}, Practical facts, GEAS`, openPoints: ['U7'],
    }),
    workTitleAnnounced: since('2025-04-09', '2025-04', NOTES && {
      description: 'Work-based residence title announced in the coalition agreement (April 2025); the Bundesrat asked for a bill on 06.03.2026. Not law: no route, no evaluation.',
      unit: 'month', reference: [{ title: 'Koalitionsvertrag CDU/CSU–SPD 2025' }], source: `${ref}, Practical facts, Announced work-based residence title`, openPoints: ['U10'],
    }),
    workTitleBundesrat: since('2026-03-06', '2026-03-06', NOTES && {
      description: 'The Bundesrat asked the federal government for a bill (Schleswig-Holstein initiative).',
      unit: 'date', reference: [{ title: 'Bundesrat, Entschließung vom 06.03.2026' }], source: `${ref}, Practical facts, Announced work-based residence title`, openPoints: ['U10'],
    }),
    safeCountryOrdinance: since('2026-02-02', '2026-02-02', NOTES && {
      description: 'The first § 29b ordinance (of 21.01.2026) in force: adds no country.',
      unit: 'date', reference: [{ title: '§ 29b AsylG; BGBl. 2026 I Nr. 19' }], source: `${ref}, General terms, Safe countries of origin`, openPoints: ['U5'],
    }),
  },
} as const;

export type Parameters = typeof parameters;
