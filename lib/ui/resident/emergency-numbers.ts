/** The emergency numbers shown on the urgent path, from EMERGENCY_NUMBERS (docs/decisions/0006). */
import { env } from '@/lib/env';

export interface EmergencyNumber {
  number: string;
  /** report.emergency_<kind> names it. */
  kind: string;
}

export function emergencyNumbers(): EmergencyNumber[] {
  return env()
    .EMERGENCY_NUMBERS.split(',')
    .map((pair) => {
      const [number, kind] = pair.split(':');
      return { number: number!, kind: kind! };
    });
}
