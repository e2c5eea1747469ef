import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHART_IMAGES } from '../../src/lib/export/chartImages';
import { decodePng, inkIn, pngSize } from './images/png';

/**
 * The images every chart gets at build time, at their documented addresses (`npm run build`, served), and
 * the link previews that name them (`npm run build:subpath`, which has a public site URL, read from disk).
 */
type ChartDef = { id: string; figures: string[] };
const charts = JSON.parse(readFileSync('data/charts.json', 'utf8')) as ChartDef[];
const LANGS = ['', '/en'];
const SUBPATH = 'bench-out/e2e/subpath';
const PUBLIC = 'https://newsroom.example.org/cited-figures';

test('every chart has every image at its URL, in both languages, each a valid file of its size', async ({
  request
}) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  for (const c of charts)
    for (const lang of LANGS)
      for (const image of CHART_IMAGES) {
        const url = `${lang}/charts/${c.id}${image.suffix}.${image.ext}`;
        const res = await request.get(url);
        if (res.status() !== 200) {
          problems.push(`${url}: ${res.status()}`);
          continue;
        }
        const body = await res.body();
        if (image.ext === 'svg') {
          const svg = body.toString('utf8');
          if (!svg.startsWith('<svg') || !svg.includes(`width="${image.width}" height="${image.height}"`))
            problems.push(`${url}: not a ${image.width}×${image.height} SVG`);
        } else {
          const size = pngSize(body);
          if (size?.width !== image.width || size.height !== image.height)
            problems.push(`${url}: ${JSON.stringify(size)}, expected ${image.width}×${image.height}`);
        }
      }
  const inCharts = [...new Set(charts.flatMap((c) => c.figures))];
  for (const id of inCharts)
    for (const lang of LANGS) {
      const res = await request.get(`${lang}/figures/${id}.png`);
      const size = res.status() === 200 ? pngSize(await res.body()) : null;
      if (size?.width !== 1200 || size.height !== 630)
        problems.push(`${lang}/figures/${id}.png: ${res.status()}`);
    }
  expect(problems).toEqual([]);
});

/** The image files a build holds: everything under charts/ and figures/ ending in .png or .svg, both languages. */
function imageFilesIn(root: string): string[] {
  return LANGS.flatMap((lang) =>
    ['charts', 'figures'].flatMap((folder) => {
      const dir = join(root, lang, folder);
      return readdirSync(dir)
        .filter((f) => /\.(png|svg)$/.test(f))
        .map((f) => `${lang}/${folder}/${f}`);
    })
  );
}

test('/data/images.json lists every image file of the build, once, with its size and type', async ({
  request
}) => {
  type Listed = { path: string; width: number; height: number; type: string };
  const res = await request.get('/data/images.json');
  expect(res.status()).toBe(200);
  const { images } = (await res.json()) as { images: Listed[] };
  const listed = images.map((i) => i.path).sort();
  expect(listed).toEqual(imageFilesIn('build').sort());
  expect(images.length).toBe(
    2 * charts.length * CHART_IMAGES.length + 2 * new Set(charts.flatMap((c) => c.figures)).size
  );
  for (const i of images) {
    const bytes = readFileSync(join('build', i.path));
    if (i.type === 'image/png') expect(pngSize(bytes), i.path).toEqual({ width: i.width, height: i.height });
    else
      expect(bytes.subarray(0, 200).toString('utf8'), i.path).toContain(
        `width="${i.width}" height="${i.height}"`
      );
  }
  // The sub-path build lists the same images under its base path, and holds them where it says.
  const sub = JSON.parse(readFileSync(`${SUBPATH}/data/images.json`, 'utf8')) as { images: Listed[] };
  expect(sub.images.map((i) => i.path).sort()).toEqual(listed.map((p) => `/cited-figures${p}`));
  expect(imageFilesIn(SUBPATH).sort()).toEqual(listed);
});

test('every line of text around the chart (title, legend, notes, source, URL) is drawn, light and dark', async ({
  request
}) => {
  test.setTimeout(180_000);
  const bare: string[] = [];
  const titles = new Set<string>();
  for (const c of charts)
    for (const lang of LANGS)
      for (const image of CHART_IMAGES.filter((i) => i.ext === 'png')) {
        const url = `${lang}/charts/${c.id}${image.suffix}.png`;
        const img = decodePng(await (await request.get(url)).body());
        // The same slide as SVG at the PNG's size: its lines of text outside the chart, one element a line.
        const same = CHART_IMAGES.find((i) => i.ext === 'svg' && i.theme === image.theme);
        const svg =
          image.width === 1920
            ? await (await request.get(`${lang}/charts/${c.id}${same?.suffix}.svg`)).text()
            : '';
        const lines = [
          ...svg.matchAll(
            /^(?:<a [^>]*>)?<text x="([\d.]+)" y="([\d.]+)" font-size="([\d.]+)"[^>]*>([^<]*)/gm
          )
        ];
        for (const [, x, y, size, text] of lines) {
          const s = Number(size);
          const box = {
            x: Math.round(Number(x)),
            y: Math.round(Number(y) - 0.8 * s),
            w: Math.min(300, img.width - Math.round(Number(x)) - 1),
            h: Math.round(s)
          };
          if (inkIn(img, box) < 3) bare.push(`${url}: "${text?.slice(0, 40)}" not drawn`);
        }
        if (image.width === 1920 && lines.length < 4)
          bare.push(`${url}: ${lines.length} lines of text in its SVG`);
        // Every size: ink where the title and the source line are.
        const u = Math.sqrt((img.width * img.height) / (1920 * 1080));
        const pad = Math.round(64 * u);
        const title = { x: pad, y: Math.round(60 * u), w: img.width - 2 * pad, h: Math.round(60 * u) };
        const foot = {
          x: pad,
          y: Math.round(img.height * 0.8),
          w: img.width - 2 * pad,
          h: Math.round(img.height * 0.2 - 20 * u)
        };
        if (inkIn(img, title) < 400 * u * u) bare.push(`${url}: title area empty`);
        if (inkIn(img, foot) < 100 * u * u) bare.push(`${url}: source line area empty`);
        if (image.suffix === '') {
          // Distinct titles draw distinct pixels: characters did not all become the same box.
          const band = img.rgba.subarray(title.y * img.width * 4, (title.y + title.h) * img.width * 4);
          titles.add(Buffer.from(band).toString('base64'));
        }
      }
  expect(bare).toEqual([]);
  expect(titles.size).toBe(charts.length * LANGS.length);
});

test('the download panel and the image snippet use the images’ addresses', async ({ page }) => {
  const c = charts[0]!;
  await page.goto(`/en/charts/${c.id}`);
  const section = page.locator('#downloads');
  await expect(section.getByRole('link', { name: /PNG 16:9/ })).toHaveAttribute(
    'href',
    `/en/charts/${c.id}.png`
  );
  await expect(section.getByRole('link', { name: /PNG 4:3/ })).toHaveAttribute(
    'href',
    `/en/charts/${c.id}-4x3.png`
  );
  await expect(section.getByRole('link', { name: /SVG/ })).toHaveAttribute('href', `/en/charts/${c.id}.svg`);
  // Built without a public URL and read at a loopback address (the suite's server, as with npm start), the
  // address to paste stays the path, with a note that a public build is needed: no loopback address is given out.
  await expect(section.getByTestId('by-url-local')).toBeVisible();
  await expect(section.getByRole('textbox', { name: 'Insert the image by URL' })).toHaveValue(
    `/en/charts/${c.id}.png`
  );
  await section.getByRole('radio', { name: 'Dark' }).check();
  await expect(section.getByRole('link', { name: /PNG 16:9/ })).toHaveAttribute(
    'href',
    `/en/charts/${c.id}-dark.png`
  );
  await expect(section.getByRole('textbox', { name: 'Insert the image by URL' })).toHaveValue(
    `/en/charts/${c.id}-dark.png`
  );
  await expect(section.locator('textarea').nth(1)).toHaveValue(
    new RegExp(`<img src="/en/charts/${c.id}\\.png"`)
  );
  for (const text of await section
    .locator('textarea, input[readonly]')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)))
    expect(text).not.toMatch(/\/\/(127\.|localhost)/);
});

/** The meta tags of a built page, by property or name. */
function metas(file: string): Map<string, string> {
  const html = readFileSync(file, 'utf8');
  const out = new Map<string, string>();
  for (const [, k, v] of html.matchAll(
    /<meta (?:property|name)="((?:og|twitter):[\w:]+)" content="([^"]*)"/g
  ))
    out.set(k as string, (v as string).replace(/&amp;/g, '&'));
  return out;
}

test('chart and figure pages declare link previews with absolute URLs when the site has a public one', () => {
  if (!existsSync(`${SUBPATH}/index.html`))
    throw new Error(`${SUBPATH} is missing: run npm run build:subpath`);
  const c = charts.find((x) => x.figures.length) ?? charts[0]!;
  const figure = c.figures[0]!;
  for (const lang of LANGS) {
    const chart = metas(`${SUBPATH}${lang}/charts/${c.id}.html`);
    expect(chart.get('og:url')).toBe(`${PUBLIC}${lang}/charts/${c.id}`);
    expect(chart.get('og:image')).toBe(`${PUBLIC}${lang}/charts/${c.id}-preview.png`);
    expect(chart.get('og:image:width')).toBe('1200');
    expect(chart.get('og:image:height')).toBe('630');
    expect(chart.get('og:image:alt')?.length).toBeGreaterThan(10);
    expect(chart.get('og:title')?.length).toBeGreaterThan(3);
    expect(chart.get('og:description')?.length).toBeGreaterThan(10);
    expect(chart.get('twitter:card')).toBe('summary_large_image');
    expect(pngSize(readFileSync(`${SUBPATH}${lang}/charts/${c.id}-preview.png`))).toEqual({
      width: 1200,
      height: 630
    });

    const fig = metas(`${SUBPATH}${lang}/figures/${figure}.html`);
    expect(fig.get('og:url')).toBe(`${PUBLIC}${lang}/figures/${figure}`);
    expect(fig.get('og:image')).toBe(`${PUBLIC}${lang}/figures/${figure}.png`);
    expect(fig.get('twitter:card')).toBe('summary_large_image');
    expect(existsSync(`${SUBPATH}${lang}/figures/${figure}.png`)).toBe(true);
    for (const v of [...chart.values(), ...fig.values()]) expect(v).not.toMatch(/127\.0\.0\.1|localhost/);
  }
  // The images carry the chart's public address, under the sub-path.
  expect(readFileSync(`${SUBPATH}/en/charts/${c.id}.svg`, 'utf8')).toContain(`${PUBLIC}/en/charts/${c.id}<`);
});

test('without a public site URL no page declares a link preview', () => {
  const c = charts.find((x) => x.figures.length) ?? charts[0]!;
  for (const lang of LANGS) {
    expect([...metas(`build${lang}/charts/${c.id}.html`).keys()]).toEqual([]);
    expect([...metas(`build${lang}/figures/${c.figures[0]}.html`).keys()]).toEqual([]);
  }
});
