/**
 * Fills the province and district of a tip from its coordinates (lib/geo/locate.ts) when the
 * resident did not pick them. What the resident picked wins: a district found from the point
 * is only added when it lies in the province they chose.
 */
import { locate } from '@/lib/geo/locate';
import type { TipInput } from './schema';

export function withProvinceAndDistrict(input: TipInput): TipInput {
  if (input.provinceCode && input.districtCode) return input;
  const located = locate(input.location.lat, input.location.lng);
  if (!located) return input;
  if (!input.provinceCode) return { ...input, provinceCode: located.provinceCode, districtCode: located.districtCode ?? undefined };
  if (located.provinceCode === input.provinceCode && located.districtCode) return { ...input, districtCode: located.districtCode };
  return input;
}
