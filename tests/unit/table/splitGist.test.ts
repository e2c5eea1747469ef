import { describe, expect, it } from 'vitest';
import { splitGist } from '../../../src/lib/table/splitGist';

describe('splitGist', () => {
  it.each([
    [
      'No record gives ~1,800. IBM’s August 2024 closure was reported.',
      'No record gives ~1,800.',
      'IBM’s August 2024 closure was reported.'
    ],
    ['未找到记录。搜索了“IBM 中国研发”。', '未找到记录。', '搜索了“IBM 中国研发”。'],
    ['One sentence only.', 'One sentence only.', ''],
    ['Rounded to U.S. practice e.g. 1.5 billion', 'Rounded to U.S. practice e.g. 1.5 billion', ''],
    ['Version 2.0 of the report. "Quoted" next.', 'Version 2.0 of the report.', '"Quoted" next.']
  ])('%s', (text, gist, rest) => {
    expect(splitGist(text)).toEqual([gist, rest]);
  });
});
