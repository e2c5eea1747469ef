import { installChartTips } from './chartTips';
import { installDownloads } from './downloads';
import { installRecordSwitch } from './recordSwitch';

/**
 * The behaviour of pages that do not hydrate (and the same for those that do): chart tooltips, the records
 * switch, the downloads panel. Built as its own entry, /_app/enhance.js (scripts/enhanceEntry.ts); the
 * download code it loads on first use. Installed once per document, however often it is loaded.
 */
const KEY = '__citedFiguresEnhanced';
const w = window as unknown as Record<string, boolean>;

function start() {
  if (w[KEY]) return;
  w[KEY] = true;
  installChartTips(document);
  installRecordSwitch(document);
  installDownloads(document);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
