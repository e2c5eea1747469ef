import { formatPartialDate, formatQuantity } from '../format';
import type { FigureRecord, Lang, Unit } from '../schema';

/** What a record says, in the figure's unit and the page's language; null when the record states no value. */
export function recordValueText(r: FigureRecord, unit: Unit, lang: Lang): string | null {
  if (r.record_date_value) return formatPartialDate(r.record_date_value, lang);
  if (r.record_value !== null) return formatQuantity(r.record_value, unit, lang);
  return null;
}
