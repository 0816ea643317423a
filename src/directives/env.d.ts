import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate right after the first paint (src/directives/after-paint.ts). */
    'client:paint'?: boolean;
  }
}
