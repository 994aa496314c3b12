/** How a bulk triage outcome travels from the action to its result page, in the URL. */
import type { BulkResult } from '@/lib/triage/bulk-triage';

export const BULK_FILTER_FIELD = 'filter.';

export function bulkResultQuery(result: BulkResult, back: string): string {
  return new URLSearchParams({
    action: result.action,
    value: result.value,
    applied: result.applied ? '1' : '0',
    ok: result.ok.join(','),
    refused: result.refused.map((entry) => `${entry.tipId}:${entry.reason}`).join(','),
    back,
  }).toString();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function readBulkResult(query: Record<string, string | undefined>) {
  const ids = (value: string | undefined) => (value ?? '').split(',').filter((id) => UUID.test(id)).slice(0, 200);
  const refused = (query.refused ?? '')
    .split(',')
    .map((entry) => {
      const at = entry.indexOf(':');
      return { tipId: entry.slice(0, at), reason: entry.slice(at + 1) };
    })
    .filter((entry) => UUID.test(entry.tipId) && /^[a-zA-Z]+\.[a-zA-Z_.]+$/.test(entry.reason))
    .slice(0, 200);
  return { action: query.action ?? '', value: query.value ?? '', applied: query.applied === '1', ok: ids(query.ok), refused, back: query.back ?? '' };
}
