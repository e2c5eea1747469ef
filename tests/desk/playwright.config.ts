import { defineConfig } from '@playwright/test';

// The desk is a local app, not the static site: its tests start their own desk server on a temp copy of
// data/ (see deskServer.ts), so this config has no webServer and leaves the site's suite alone.
export default defineConfig({
  testDir: '.',
  testMatch: '*.test.ts',
  workers: 1,
  timeout: 300_000,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
    }
  }
});
