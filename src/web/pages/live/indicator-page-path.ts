/** The indicator page of a unit (and optionally a period and map date), as a link. */
export function indicatorPath(
  indicatorId: string,
  options: { unitId?: string; period?: string; asOf?: string } = {},
): string {
  const query = new URLSearchParams();
  if (options.unitId) query.set('unitId', options.unitId);
  if (options.period) query.set('period', options.period);
  if (options.asOf) query.set('asOf', options.asOf);
  const search = query.toString();
  return `/chi-tieu-thong-ke/${encodeURIComponent(indicatorId)}${search ? `?${search}` : ''}`;
}
