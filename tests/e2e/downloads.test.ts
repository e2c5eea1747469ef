import Papa from 'papaparse';
import { expect, test } from '@playwright/test';

test('the built figures.csv opens in Excel: BOM, CRLF, one row per figure, provenance columns', async ({
  request
}) => {
  const res = await request.get('/data/figures.csv');
  expect(res.ok()).toBe(true);
  const bytes = await res.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data.length).toBeGreaterThan(50);
  expect(Object.keys(parsed.data[0] ?? {})).toEqual(
    expect.arrayContaining([
      'quote',
      'article_title',
      'article_outlet',
      'article_published',
      'article_url',
      'figure_page_url'
    ])
  );
  const alibaba = parsed.data.find((r) => r.id === 'idc-iaas-share-2024h2-alibaba');
  expect(alibaba).toMatchObject({ value: '26.1', unit: '%', qualifier: 'exact', attributed_to: 'IDC' });
});

test('raw articles are served byte for byte and the downloads page links everything', async ({
  page,
  request
}) => {
  const raw = await request.get('/data/articles/002_badf9ea7770be3e0.txt');
  expect(await raw.text()).toContain('發(fā)現(xiàn)');
  await page.goto('/en/data');
  for (const name of ['figures.csv', 'articles.csv', 'datapackage.json', 'annotations.jsonld']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  const pkg = await (await request.get('/data/datapackage.json')).json();
  expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual(['figures', 'articles', 'checks']);
});
