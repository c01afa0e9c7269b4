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
