/**
 * Whether this build makes the chart and figure images: yes unless CITED_FIGURES_IMAGES=off (a quick build,
 * or the scale test's synthetic corpus), in which case pages name no image either. Read on the server only.
 */
export function imagesBuilt(env: Record<string, string | undefined> = process.env): boolean {
  return (env.CITED_FIGURES_IMAGES ?? '').trim().toLowerCase() !== 'off';
}
