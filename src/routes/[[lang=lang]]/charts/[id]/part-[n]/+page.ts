// A part of a chart is the chart page (its markup and its enhancement script): no client-side app either.
export const csr = false;
