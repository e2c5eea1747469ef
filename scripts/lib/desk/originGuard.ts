/**
 * The desk writes to data/, so only pages it served itself may call it: the Host must be the loopback
 * address and port it listens on (a DNS-rebinding page sends its own host name), and an Origin, when a
 * browser sends one, must be that same address. Returns why a request is refused, or null.
 */
export function refuseRequest(
  headers: { host?: string; origin?: string; 'sec-fetch-site'?: string },
  port: number
): string | null {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  if (!headers.host || !allowed.includes(headers.host))
    return `refused: the desk answers only at http://127.0.0.1:${port} (Host was ${headers.host ?? 'missing'})`;
  if (headers.origin !== undefined && !allowed.map((a) => `http://${a}`).includes(headers.origin))
    return `refused: requests from ${headers.origin} are not the desk's own pages`;
  if (headers['sec-fetch-site'] === 'cross-site') return 'refused: a cross-site request';
  return null;
}
