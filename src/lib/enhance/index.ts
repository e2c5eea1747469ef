import { installChartTips } from './chartTips';
import { installDownloads } from './downloads';
import { afterHydration } from './hydration';
import { installRecordSwitch } from './recordSwitch';

/**
 * The behaviour of pages that do not hydrate (and the same for those that do, once hydrated): chart
 * tooltips, the records switch, the downloads panel, and the filters of /checks. Built as its own entry, /_app/enhance.js
 * (scripts/enhanceEntry.js), linked by the root layout on the pages whose view-model says they need it
 * (`enhance`); the download code it loads on first use. Installed once per document.
 */
const KEY = '__citedFiguresEnhanced';
const w = window as unknown as Record<string, boolean>;

function start() {
  if (w[KEY]) return;
  w[KEY] = true;
  installChartTips(document);
  installRecordSwitch(document);
  installDownloads(document);
  // Only /checks has these filters: their code comes with that page alone.
  if (document.querySelector('[data-checks-filter]'))
    void import('./checksFilter').then((m) => m.installChecksFilter(document));
}

if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', () => afterHydration(start));
else afterHydration(start);
