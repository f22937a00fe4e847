/**
 * A moment as an ISO date (YYYY-MM-DD) in the time zone the host runs in: how every host turns "now" into
 * the default report date (core itself never reads the clock).
 */
export function localIsoDate(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
