/** What to search for a figure, from its source, metric and period: written for the curator, not as a finding. */
export function whatToSearch(f: Record<string, string | number>): string {
  const src = String(f.attributed_to ?? '');
  const parts = [
    src && src !== 'unattributed' ? src : '',
    f.metric_zh,
    f.period,
    `${f.subject_zh} ${f.value ?? ''}${f.unit === '%' ? '%' : ` ${f.unit}`}`
  ];
  return `Not yet checked. What to search: ${parts.filter(Boolean).join(' · ')}`;
}

/** Today as YYYY-MM-DD: the date a verdict row is made (checked_on). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
