/**
 * Times written on a resident's behalf are floored to the hour, so a stolen database cannot
 * be lined up against a network operator's connection log (docs/decisions/0002).
 * Flooring makes a tip look older, never newer, so triage deadlines err towards urgency.
 */
export const RESIDENT_TIME_GRANULARITY_MS = 60 * 60 * 1000;

export function coarseTime(at: Date = new Date()): Date {
  return new Date(Math.floor(at.getTime() / RESIDENT_TIME_GRANULARITY_MS) * RESIDENT_TIME_GRANULARITY_MS);
}
