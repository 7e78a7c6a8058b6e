/** Page values are ISO dates; billers read and type MM/DD/YYYY. */
export function usDate(iso: string | null): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[2]}/${m[3]}/${m[1]}` : iso;
}

/** "11/03/2026" or "11/03/2026 – 11/05/2026"; empty when the page shows no date. */
export function dateRange(from: string | null, to: string | null): string {
  if (!from && !to) return '';
  if (!from || !to || from === to) return usDate(from ?? to);
  return `${usDate(from)} – ${usDate(to)}`;
}

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export function money(amount: number | null): string {
  return amount === null ? '' : USD.format(amount);
}

/** A filing clock in words: "45 days left", "1 day left", "761 days past the filing limit". */
export function daysText(days: number): string {
  if (days < 0) return `${-days} ${days === -1 ? 'day' : 'days'} past the filing limit`;
  return `${days} ${days === 1 ? 'day' : 'days'} left`;
}

/** The same clock for a claims-list row, where width is short: "45 days left", "10 days late". */
export function daysShort(days: number): string {
  if (days < 0) return `${-days} ${days === -1 ? 'day' : 'days'} late`;
  return `${days} ${days === 1 ? 'day' : 'days'} left`;
}
