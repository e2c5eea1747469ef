/** Calls to the desk server (same origin; the server refuses any other). */
export type FieldError = {
  target: 'article' | 'figure' | 'record' | 'chart' | 'save';
  index: number;
  field: string;
  message: string;
};

export async function call<T>(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown
): Promise<T & { errors?: FieldError[] }> {
  const res = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  return (await res.json()) as T & { errors?: FieldError[] };
}
