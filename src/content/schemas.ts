/**
 * Zod schemas of the content collections (routes, basics, glossary, offices), in a plain module so
 * that unit tests can validate the files without `astro:content`. `src/content.config.ts` uses them.
 *
 * @example routeSchema.parse({ title: '…', summary: '…', routeId: '25b', asOf: '2026-11-28',
 *   sources: [{ cite: '§ 25b AufenthG', url: 'https://www.gesetze-im-internet.de/aufenthg_2004/__25b.html' }],
 *   reviewed: false, order: 3 })
 */
import { z } from 'astro/zod';

/** Route ids of contract household-v1; one page each under content/routes/<lang>/<id>.md. */
export const routeIds = [
  '25a', '25a-family', '25b', '25b-family', '25b-employment', '104c', '16g', '60c', '60d', '19d', '25-5',
] as const;
export type RouteId = (typeof routeIds)[number];

/** Basics pages under content/basics/<lang>/<id>.md. */
export const basicsIds = [
  'duldung', 'unclear-identity', 'work-permission', 'school', 'training', 'authority', 'your-paper',
] as const;
export type BasicsId = (typeof basicsIds)[number];

/** The portal's languages (same list as src/i18n/languages.ts, kept literal so this module has no imports). */
export const contentLocales = ['de', 'en', 'ar', 'fa', 'ps', 'ckb', 'kmr', 'tr', 'ru', 'sq', 'sr', 'fr'] as const;

/** A law citation with a link to a public source of the text. */
export const sourceSchema = z.object({
  cite: z.string().min(3),
  url: z.string().url().startsWith('https://'),
});

const pageFields = {
  title: z.string().min(3).max(100),
  summary: z.string().min(10).max(300),
  /** Date the text was last checked against the law ("Stand"). */
  asOf: z.coerce.date(),
  sources: z.array(sourceSchema).min(1),
  /** Has a human translator checked this text? false for every machine/AI-written translation. */
  reviewed: z.boolean(),
  /** Position on the index page. */
  order: z.number().int().min(0),
  /**
   * Translations only: which German text each part (intro, then each `## ` section) was translated from,
   * `"<German hash> <own hash>"` per part, written by `npm run i18n:stamp` (src/translation/state.ts).
   */
  translation: z.array(z.string().regex(/^[0-9a-f]{10} [0-9a-f]{10}$/, 'a record written by npm run i18n:stamp')).optional(),
};

export const routeSchema = z.object({ ...pageFields, routeId: z.enum(routeIds) });
export const basicsSchema = z.object(pageFields);

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case slug (a-z, 0-9, -)');

export const glossaryTermSchema = z.object({
  id: slug,
  /** The German term as it is printed on papers; German in every language file. */
  term: z.string().min(2),
  /** Other German forms that should link to this entry in texts (e.g. plural). */
  forms: z.array(z.string().min(2)).optional(),
  /** Plain explanation in the file's language (German file: Einfache Sprache). */
  explanation: z.string().min(10),
});

/** content/glossary/<lang>.json */
export const glossarySchema = z.object({
  asOf: z.coerce.date(),
  reviewed: z.boolean(),
  terms: z.array(glossaryTermSchema).min(1),
});

export const officeKinds = [
  'refugee-counselling', 'foreigners-authority', 'social-office', 'job-centre', 'employment-agency',
  'integration-centre', 'school-counselling', 'training-counselling',
] as const;
export type OfficeKind = (typeof officeKinds)[number];

/** Short description per language: German required, the others optional (shown in German with a notice). */
const descriptionSchema = z
  .object({ de: z.string().min(10) })
  .extend(Object.fromEntries(contentLocales.filter((l) => l !== 'de').map((l) => [l, z.string().min(10).optional()])) as Record<Exclude<(typeof contentLocales)[number], 'de'>, z.ZodOptional<z.ZodString>>);

export const officeSchema = z.object({
  id: slug,
  kind: z.enum(officeKinds),
  /** German proper name. */
  name: z.string().min(3),
  /** Only where it was found on the office's own pages (legal reference, "Münster offices"); else link only. */
  address: z.string().min(5).optional(),
  /** Opening hours or how to get an appointment; phone/e-mail only where published. */
  contact: z.string().min(5),
  url: z.string().url().startsWith('https://'),
  /** Public page the data was taken from. */
  source: z.string().url().startsWith('https://'),
  checked: z.coerce.date(),
  /** What the check found and when the source was dated ("Webseiten der Stadt Münster, Stand Dezember 2024"). */
  checkedSource: z.string().min(5).optional(),
  description: descriptionSchema,
});

/** content/offices/<city>.json: a city is configuration, not code. */
export const citySchema = z.object({
  city: z.string().min(2),
  /** Warning for maintainers (and shown on the page): data must be re-checked before going live. */
  note: z.string().min(10),
  offices: z.array(officeSchema).min(1),
});

export type RouteData = z.infer<typeof routeSchema>;
export type BasicsData = z.infer<typeof basicsSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Office = z.infer<typeof officeSchema>;
