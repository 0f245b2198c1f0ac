/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { fixtureApi } from './fixtures/server.ts';

// The bundle goes where the silo serves its static files from; it is build output, not source.
const outDir = fileURLToPath(new URL('../../wwwroot', import.meta.url));

export default defineConfig(({ command }) => ({
  // The fixture API stands in for the silo in `vite` and, with IMU_FIXTURE set, in `vite preview`.
  plugins: (command === 'serve' && !process.env.VITEST) || process.env.IMU_FIXTURE ? [fixtureApi()] : [],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  test: {
    include: ['src/**/*.test.ts', 'fixtures/**/*.test.ts'],
    environment: 'node',
  },
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
}));
