// Complete as prerendered HTML, with nothing that needs JavaScript: no client-side app, no script.
export const csr = false;
