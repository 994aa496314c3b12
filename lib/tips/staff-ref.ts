/**
 * How staff name a tip (decision 0800). The tip code is the tipster's key to /status: anyone
 * holding it can read the tipster's replies and spend their sign-in attempts, so it stays on
 * the resident's side and no staff page or export prints it. Staff see "T-" and the first 8
 * hex digits of the tip's random id instead: short enough to read over the radio, useless at
 * /status, and not derived from the code.
 */
export const TIP_REF_PATTERN = /^T-?([0-9A-F]{8})$/i;

export const tipRef = (tipId: string): string => `T-${tipId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;

/** The id range a typed reference stands for (ids are UUIDs: the first 8 hex digits come first), or null. */
export function tipRefRange(input: string): { from: string; to: string } | null {
  const match = TIP_REF_PATTERN.exec(input.trim());
  if (!match) return null;
  const head = match[1]!.toLowerCase();
  return { from: `${head}-0000-0000-0000-000000000000`, to: `${head}-ffff-ffff-ffff-ffffffffffff` };
}
