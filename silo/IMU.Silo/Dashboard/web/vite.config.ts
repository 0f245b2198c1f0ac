/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The bundle goes where the silo serves its static files from; it is build output, not source.
const outDir = fileURLToPath(new URL('../../wwwroot', import.meta.url));

// `npm run dev` serves the page with hot reload and sends its API calls to a running silo
// (`imu silo` or `imu demo`; IMU_SILO when it is not on the default port).
const silo = process.env.IMU_SILO ?? 'http://127.0.0.1:5080';

export default defineConfig({
  server: {
    proxy: { '/api': silo, '/login': silo },
  },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
});
