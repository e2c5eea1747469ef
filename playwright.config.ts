import { defineConfig } from '@playwright/test';

// Browsers cannot be downloaded here: the tests drive Debian's Chromium (installed by .ci/run when missing).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Two checkouts testing side by side each need their own preview port (a reused server would be the other's).
const port = Number(process.env.CITED_FIGURES_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    }
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000
  }
});
