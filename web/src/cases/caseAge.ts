// Days a case has been open, counted in whole calendar days in the user's time zone.
export function daysOpen(createdIso: string, now: Date = new Date()): number {
  const created = new Date(createdIso);
  const start = new Date(created.getFullYear(), created.getMonth(), created.getDate());
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.max(0, Math.round((today.getTime() - start.getTime()) / 86_400_000));
}
