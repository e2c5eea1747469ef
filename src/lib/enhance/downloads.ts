import { isLocal } from '../publishTarget';
import { SITE_URL } from '../site';

type Theme = 'light' | 'dark';
type Actions = typeof import('./downloadActions');

/** The theme the page is shown in: the reader's choice on <html>, else the system's. */
function screenTheme(doc: Document): Theme {
  const set = doc.documentElement.dataset.theme;
  if (set === 'light' || set === 'dark') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Copies a snippet to the clipboard, or selects it for Ctrl+C where the clipboard is refused. */
async function copy(area: HTMLTextAreaElement | HTMLInputElement, say: (m: string) => void, s: DOMStringMap) {
  try {
    await navigator.clipboard.writeText(area.value);
    say(s.copied ?? '');
  } catch {
    area.focus();
    area.select();
    say(s.selected ?? '');
  }
}

/**
 * The downloads panel of a chart page (ChartDownloads): the theme switch shows that theme's image links and
 * address, the copy buttons copy, and the buttons that draw a file load the drawing code (Svelte, the chart
 * kit, the rasterizer, pptxgenjs) on first use: when the reader points at or tabs into the panel, or
 * clicks. Read at a public address the site was built without, the snippets and the address are made
 * absolute; at a loopback address the panel says why there is no address to paste.
 */
export function installDownloads(doc: Document): void {
  const section = doc.querySelector<HTMLElement>('#downloads[data-chart]');
  if (!section) return;
  const say = (m: string) => {
    const status = section.querySelector('[role="status"]');
    if (status) status.textContent = m;
  };
  let actions: Promise<Actions> | null = null;
  const load = () =>
    (actions ??= import('./downloadActions').then((m) => {
      m.measureTwice(section);
      return m;
    }));
  const local = isLocal(location.hostname);
  const address = section.querySelector<HTMLInputElement>('input[data-light]');
  const theme = (): Theme =>
    section.querySelector<HTMLInputElement>('input[name="downloads-theme"]:checked')?.value === 'dark'
      ? 'dark'
      : 'light';
  const show = (t: Theme) => {
    section
      .querySelectorAll<HTMLElement>('[data-theme-links]')
      .forEach((el) => (el.hidden = el.dataset.themeLinks !== t));
    if (!address) return;
    const path = address.dataset[t] ?? '';
    address.value = address.dataset.public || local || !path ? path : new URL(path, location.href).href;
  };

  const initial = screenTheme(doc);
  const radio = section.querySelector<HTMLInputElement>(`input[name="downloads-theme"][value="${initial}"]`);
  if (radio) radio.checked = true;
  show(initial);
  if (local && address && !address.dataset.public)
    section.querySelector<HTMLElement>('[data-testid="by-url-local"]')?.removeAttribute('hidden');
  if (!SITE_URL && !local) void import('./siteSnippets').then((m) => m.siteSnippets(section));

  section.addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.name === 'downloads-theme') show(theme());
  });
  section.addEventListener('pointerenter', () => void load(), { once: true });
  section.addEventListener('focusin', () => void load(), { once: true });
  section.addEventListener('click', (e) => {
    const b = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button') : null;
    if (!b || b.disabled) return;
    if (b.dataset.copy) {
      const area = section.querySelector<HTMLTextAreaElement | HTMLInputElement>(
        b.dataset.copy === 'url' ? 'input[data-light]' : `textarea[data-snippet="${b.dataset.copy}"]`
      );
      if (area) void copy(area, say, section.dataset);
      return;
    }
    const action = b.dataset.action;
    if (action) void load().then((m) => m.run(section, action, theme(), say));
  });
  section.querySelectorAll('button').forEach((b) => (b.disabled = false));
}
