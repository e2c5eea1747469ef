import type { CheckRow } from '../verify/checkRows';
import { siteUrl } from '../site';
import type { CsvColumn } from './toCsv';

const text = (name: keyof CheckRow): CsvColumn<CheckRow> => ({
  name,
  type: 'string',
  get: (r) => String(r[name])
});

/** checks.csv: the /checks table as a download, with the figure page of each row. */
export const CHECK_EXPORT_COLUMNS: CsvColumn<CheckRow>[] = [
  ...(
    [
      'id',
      'article',
      'subject',
      'metric',
      'articleSays',
      'recordSays',
      'verdict',
      'differs',
      'publisher',
      'url',
      'explanation',
      'checkedOn'
    ] as const
  ).map(text),
  { name: 'figure_page_url', type: 'string', get: (r) => siteUrl(`/en/figures/${r.id}`) }
];
