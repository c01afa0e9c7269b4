// Dates as the API takes them (YYYY-MM-DD), in the user's time zone.
function iso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function today(): string {
  return iso(new Date());
}

export function inMonths(months: number, from: Date = new Date()): string {
  const date = new Date(from.getFullYear(), from.getMonth() + months, from.getDate());
  return iso(date);
}

// A date the user picked, as the API should get it: the start of that day in the user's time
// zone, with its offset (2026-12-07T00:00:00+01:00). A bare date means midnight UTC to the
// API, which in the Netherlands is already an hour or two into the day: in the first hours
// after midnight, "today" would then lie in the future for the server and be refused.
export function startOfDay(date: string): string {
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  const offset = -new Date(year, month - 1, day).getTimezoneOffset();  // minutes east of UTC
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  return `${date}T00:00:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

// The day (YYYY-MM-DD) of a moment the API gave, in the user's time zone.
export function localDay(moment: string): string {
  return iso(new Date(moment));
}
