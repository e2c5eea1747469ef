import { describe, expect, it } from 'vitest';
import { prerenderProgress } from '../../../src/lib/server/prerenderProgress';

describe('prerenderProgress', () => {
  it('writes one line every `every` responses, with the count, the rate and the time so far', () => {
    const lines: string[] = [];
    let t = 0;
    const tick = prerenderProgress(
      (l) => lines.push(l),
      3,
      () => t
    );
    t = 60_000; // loaded a minute before the first response: that minute does not count
    for (let i = 0; i < 7; i++) {
      t = 60_000 + i * 500; // 2 responses per second
      tick();
    }
    expect(lines).toEqual([
      '  prerendered 3 pages and files (3/s, 1 s)\n',
      '  prerendered 6 pages and files (2/s, 3 s)\n'
    ]);
  });

  it('says nothing for a site smaller than one step, and groups thousands', () => {
    const lines: string[] = [];
    let t = 0;
    const tick = prerenderProgress(
      (l) => lines.push(l),
      5000,
      () => t
    );
    for (let i = 0; i < 4999; i++) tick();
    expect(lines).toEqual([]);
    t = 5000;
    tick();
    expect(lines).toEqual(['  prerendered 5,000 pages and files (1000/s, 5 s)\n']);
  });
});
