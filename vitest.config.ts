import { defineConfig } from 'vitest/config';

// Plain vitest (not Astro's getViteConfig): rules, flows, plan and i18n are pure TypeScript.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
  },
});
