// How values of the API read on the page.

const PRECISION_NOTE = { day: '', month: ' (month only)', year: ' (year only)' };

/** A valid-time value `{value, precision}` with its precision said when it is not a day. */
export function validDate(point) {
  if (!point || typeof point !== 'object') return '—';
  const precision = point.precision ?? 'day';
  return `${point.value ?? '?'}${PRECISION_NOTE[precision] ?? ` (${precision})`}`;
}

export function instant(iso) {
  if (!iso) return '—';
  return String(iso).replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
}

export function party(p) {
  if (!p) return '—';
  return p.name ? `${p.country} (${p.name})` : String(p.country ?? '—');
}

/** "StaffReductionOrdered" → "Staff reduction ordered". */
export function typeLabel(type) {
  const words = String(type ?? '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function counts(c) {
  if (!c || typeof c !== 'object') return '—';
  const parts = [];
  if (c.from != null) parts.push(`from ${c.from}`);
  if (c.change != null) parts.push(`change ${c.change}`);
  if (c.to != null) parts.push(`to ${c.to}`);
  if (parts.length === 0) return '—';
  return parts.join(', ') + (c.approximate ? ' (approximate)' : '');
}

export function places(list) {
  if (!Array.isArray(list) || list.length === 0) return '—';
  return list.map((p) => [p.name, p.facility, p.country && `(${p.country})`].filter(Boolean).join(' ')).join('; ');
}

/** Compact text of any JSON value a dispute records. */
export function anyValue(value) {
  if (value && typeof value === 'object' && 'value' in value && 'precision' in value) return validDate(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export const today = () => new Date().toISOString().slice(0, 10);

export function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
