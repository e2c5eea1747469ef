import { describe, expect, it } from 'vitest';
import { refuseRequest } from '../../../../scripts/lib/desk/originGuard';

describe('refuseRequest: only the desk’s own pages on loopback', () => {
  it.each([
    [{ host: '127.0.0.1:4310' }, null],
    [{ host: 'localhost:4310', origin: 'http://localhost:4310' }, null],
    [{ host: '127.0.0.1:4310', origin: 'http://127.0.0.1:4310' }, null]
  ])('accepts %j', (h, want) => expect(refuseRequest(h, 4310)).toBe(want));

  it.each([
    [{ host: 'evil.example:4310' }, /Host was evil\.example/],
    [{}, /Host was missing/],
    [{ host: '127.0.0.1:4311' }, /only at http:\/\/127\.0\.0\.1:4310/],
    [{ host: '127.0.0.1:4310', origin: 'http://evil.example' }, /requests from http:\/\/evil\.example/],
    [{ host: '127.0.0.1:4310', origin: 'null' }, /requests from null/],
    [{ host: '127.0.0.1:4310', 'sec-fetch-site': 'cross-site' }, /cross-site/]
  ])('refuses %j', (h, want) => expect(refuseRequest(h, 4310)).toMatch(want));
});
