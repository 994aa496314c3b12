/**
 * Which province and district a point falls in.
 *
 * Nearest district centre, not point-in-polygon: district boundary polygons are several MB, and
 * everything here must work offline and on the resident's path with nothing loaded from another
 * origin. The limits are known: near a boundary, or in a large rural district whose seat sits at
 * one edge, the nearest centre can be the neighbouring district (even across a province line).
 * The result is a starting suggestion the resident can change in the picker and a triage hint for
 * police, never evidence of where something is.
 */
import { isInCambodia } from './cambodia';
import { DISTRICTS } from './districts';
import { distanceMetres } from './distance';

export interface Located {
  provinceCode: string;
  districtCode: string | null;
}

export function locate(lat: number, lng: number): Located | null {
  if (!isInCambodia(lat, lng)) return null;
  let nearest = DISTRICTS[0]!;
  let nearestM = Infinity;
  for (const district of DISTRICTS) {
    const metres = distanceMetres({ lat, lng }, district);
    if (metres < nearestM) {
      nearest = district;
      nearestM = metres;
    }
  }
  return { provinceCode: nearest.provinceCode, districtCode: nearest.code };
}
