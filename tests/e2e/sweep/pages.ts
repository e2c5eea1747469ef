import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** One page the sweep loads, by its zh path (the en path is the same under /en). */
export type SweepPage = { path: string; kind: PageKind };
export type PageKind =
  | 'home'
  | 'charts'
  | 'chart'
  | 'figure'
  | 'figures'
  | 'articles'
  | 'article'
  | 'checks'
  | 'data'
  | 'present'
  | 'embed';

export type Lang = 'zh' | 'en';
export type Theme = 'light' | 'dark';
export type Variant = { lang: Lang; width: 390 | 1280; theme: Theme };

/** Every combination a reader meets: both languages, a phone and a laptop, light and dark. */
export const VARIANTS: readonly Variant[] = (['zh', 'en'] as const).flatMap((lang) =>
  ([390, 1280] as const).flatMap((width) =>
    (['light', 'dark'] as const).map((theme) => ({ lang, width, theme }))
  )
);

/** Phone height for 390 px (an iPhone 12–15), a laptop's for 1280 px. */
export const heightFor = (width: number): number => (width === 390 ? 844 : 800);

export const variantName = (v: Variant): string => `${v.lang} ${v.width} ${v.theme}`;

/** The URL of a page in a language: Chinese at the root, English under /en. */
export const localPath = (path: string, lang: Lang): string =>
  lang === 'zh' ? path : path === '/' ? '/en' : `/en${path}`;

type ChartDef = { id: string; type: string; figures: string[] };

/**
 * Every page type, read from the data (not from a list that could fall behind it): every chart page and
 * embed, every article page, and for every chart one figure page (so every chart type's preview is hydrated
 * on a figure page), plus the index pages.
 */
export function sweepPages(dataDir = 'data'): SweepPage[] {
  const charts = JSON.parse(readFileSync(`${dataDir}/charts.json`, 'utf8')) as ChartDef[];
  const articles = Papa.parse<{ id: string }>(readFileSync(`${dataDir}/articles.csv`, 'utf8'), {
    header: true,
    skipEmptyLines: true
  }).data;
  const figures = [...new Set(charts.map((c) => c.figures[0]).filter((f) => f !== undefined))];
  return [
    { path: '/', kind: 'home' },
    { path: '/charts', kind: 'charts' },
    ...charts.map((c): SweepPage => ({ path: `/charts/${c.id}`, kind: 'chart' })),
    { path: '/figures', kind: 'figures' },
    ...figures.map((id): SweepPage => ({ path: `/figures/${id}`, kind: 'figure' })),
    { path: '/articles', kind: 'articles' },
    ...articles.map((a): SweepPage => ({ path: `/articles/${a.id}`, kind: 'article' })),
    { path: '/checks', kind: 'checks' },
    { path: '/data', kind: 'data' },
    { path: '/present', kind: 'present' },
    ...charts.map((c): SweepPage => ({ path: `/embed/${c.id}`, kind: 'embed' }))
  ];
}

/** Every figure id that some chart shows (the figure pages whose chart preview must hydrate). */
export function chartedFigures(dataDir = 'data'): string[] {
  const charts = JSON.parse(readFileSync(`${dataDir}/charts.json`, 'utf8')) as ChartDef[];
  return [...new Set(charts.flatMap((c) => c.figures))];
}
