/** The desk's chart form as charts.json holds a chart (the figures are added by the server). */
export function chartJson(d: Record<string, string>) {
  return {
    id: d.id ?? '',
    topic: d.topic ?? '',
    type: d.type ?? '',
    title: { zh: d.title_zh ?? '', en: d.title_en ?? '' },
    subtitle: { zh: d.subtitle_zh ?? '', en: d.subtitle_en ?? '' },
    figures: [] as string[]
  };
}
