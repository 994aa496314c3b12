import { districtByCode } from './districts';
import { provinceByCode } from './provinces';

/**
 * The centre a tip gets when only its area is known: the district's when it belongs to the
 * province (or no province was chosen: without JavaScript a resident may pick only the
 * district, listed under its province), else the province's.
 */
export function areaCentre(provinceCode: string, districtCode: string): { lat: number; lng: number } | undefined {
  const district = districtCode ? districtByCode(districtCode) : undefined;
  const area = district && (!provinceCode || district.provinceCode === provinceCode) ? district : provinceCode ? provinceByCode(provinceCode) : undefined;
  return area && { lat: area.lat, lng: area.lng };
}
