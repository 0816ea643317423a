/**
 * Turns off zod v4's JIT before any schema is built. The JIT probes `new Function('')` once, which
 * the site's Content-Security-Policy (no 'unsafe-eval') blocks and reports as a violation on every
 * page that builds a schema; without 'unsafe-eval' the JIT could never run anyway.
 * Import this first, before any module that builds zod schemas (src/rules/schema.ts).
 */
import { config } from 'zod/v4-mini';

config({ jitless: true });
