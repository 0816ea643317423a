/**
 * Content collections. Prose and data live outside src/ in content/<collection>/…; German (`de`) is the
 * reference of every collection. Schemas come from a plain module so unit tests can reuse them.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { routeSchema, basicsSchema, glossarySchema, citySchema } from './content/schemas';

/** content/routes/<lang>/<routeId>.md → id `<lang>/<routeId>` */
const routes = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/routes' }),
  schema: routeSchema,
});

/** content/basics/<lang>/<id>.md → id `<lang>/<id>` */
const basics = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/basics' }),
  schema: basicsSchema,
});

/** content/glossary/<lang>.json → id `<lang>`: one file per language with all terms. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/glossary' }),
  schema: glossarySchema,
});

/** content/offices/<city>.json → id `<city>`: one file per city. */
const offices = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/offices' }),
  schema: citySchema,
});

export const collections = { routes, basics, glossary, offices };
