// Every page is prerendered to static HTML: charts and tables are readable before any JavaScript runs.
export const prerender = true;
export const trailingSlash = 'never';
