import { checkMatches, type ChecksFilter } from '../pages/filterChecks';

/**
 * The filters of /checks, a page that does not hydrate: the table is complete in the HTML (every row,
 * each with its verdict and the words the filter looks in: data-verdict, data-find) and the menu's counts
 * are printed, so without JavaScript the reader has the whole table. Here the verdict menu and the search
 * field keep the rows that pass (filterChecks' rule, checkMatches), in their order, and the live count
 * says how many. Loaded by the enhancement script only where the filters are.
 */
export function installChecksFilter(doc: Document): void {
  const box = doc.querySelector<HTMLElement>('[data-checks-filter]');
  const tbody = doc.querySelector<HTMLTableSectionElement>('table.checks tbody');
  const verdict = box?.querySelector('select');
  const query = box?.querySelector<HTMLInputElement>('input[type="search"]');
  const shown = box?.querySelector('[data-shown]');
  if (!box || !tbody || !verdict || !query || !shown) return;
  // Every row, kept here: a row left out is taken out of the table, not hidden, as the app did.
  const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr[data-find]')];
  const apply = () => {
    const f = { verdict: verdict.value, query: query.value } as ChecksFilter;
    const kept = rows.filter((r) => checkMatches(r.dataset.find ?? '', r.dataset.verdict ?? '', f));
    tbody.replaceChildren(...kept);
    shown.textContent = String(kept.length);
  };
  verdict.addEventListener('change', apply);
  query.addEventListener('input', apply);
  // A reader coming back to the page may find the browser has restored what they chose.
  if (verdict.value !== 'all' || query.value) apply();
}
