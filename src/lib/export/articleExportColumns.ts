import type { Article } from '../schema';
import { siteUrl } from '../site';
import type { CsvColumn } from './toCsv';

const text = (name: keyof Article): CsvColumn<Article> => ({
  name,
  type: 'string',
  get: (a) => String(a[name])
});

/** The articles download: every metadata column, plus the page and raw-text URLs on this site. */
export const ARTICLE_EXPORT_COLUMNS: CsvColumn<Article>[] = [
  ...(
    [
      'id',
      'file',
      'sha256',
      'title',
      'label_zh',
      'label_en',
      'outlet',
      'platform',
      'author',
      'published',
      'url',
      'language',
      'script',
      'quality_note'
    ] as const
  ).map(text),
  { name: 'article_page_url', type: 'string', get: (a) => siteUrl(`/articles/${a.id}`) },
  { name: 'raw_text_url', type: 'string', get: (a) => siteUrl(`/data/articles/${a.file}`) }
];
