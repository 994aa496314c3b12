/**
 * Fills the province and district of a tip from its coordinates when the resident did not
 * pick them. CALL SITE for `locate()` of lib/geo/locate.ts (branch districts): until that
 * lands, the tip keeps what the resident chose.
 */
import type { TipInput } from './schema';

export function withProvinceAndDistrict(input: TipInput): TipInput {
  return input;
}
