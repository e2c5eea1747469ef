import type { ChartView } from '../charts/types';
import { t } from '../i18n';

/**
 * The notes a slide carries under its chart, in the chart's language: the chart's own notes, then, for every
 * figure whose primary record differs (the ◆ on the chart), what the article says and what the record says,
 * as the chart page prints them.
 */
export function slideNotes(view: ChartView): string[] {
  const ui = t(view.lang).chartUi;
  const { punct } = t(view.lang);
  const out = view.notes.map((n) => `${ui.noteLead}${punct.colon}${n}`);
  if (view.recordNotes.length) out.push(ui.recordNotesHeading);
  for (const n of view.recordNotes) {
    out.push(
      `${n.label}${punct.colon}${ui.articleSays}${punct.join}${n.articleSays}${punct.comma}${ui.recordSays}${punct.join}${n.recordSays}`
    );
  }
  return out;
}
