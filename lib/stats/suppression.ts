/**
 * Small-count suppression for published tables (docs/decisions/0007). Pure: literal tables
 * in, cells to show out. A count from 1 to k-1 could point at one tipster, so it is shown as
 * "fewer than k" (primary suppression). Because a column's total is published, further
 * cells are hidden (complementary suppression) until no primary cell can be narrowed below
 * "somewhere from 1 to k-1" by subtracting the shown cells from the total. A column that
 * cannot be protected that way is withheld whole, total included.
 */

export type Cell =
  | { kind: 'value'; value: number }
  /** Primary: the true value is from 1 to k-1. */
  | { kind: 'fewer' }
  /** Complementary: hidden so that a "fewer" cell cannot be worked out; the value is k or more. */
  | { kind: 'hidden' };

export interface ProtectedColumn {
  cells: Cell[];
  total: Cell;
  withheld: boolean;
}

/**
 * What someone who knows the rule learns about the suppressed cells of one column whose
 * total is shown: primaries are 1..k-1, complements are at least k, and together they add up
 * to the total minus the shown cells. Protected when, for each primary, both ends of 1..k-1
 * remain possible.
 */
export function columnIsProtected(primaries: readonly number[], complements: readonly number[], k: number): boolean {
  if (primaries.length === 0) return true;
  const hiddenSum = [...primaries, ...complements].reduce((sum, value) => sum + value, 0);
  // Largest a primary can be: the others at their least (1 each, k each).
  const highest = hiddenSum - (primaries.length - 1) - k * complements.length;
  // Smallest a primary can be: with a complement it is unbounded above, so 1 stays possible.
  const lowest = complements.length > 0 ? 1 : hiddenSum - (primaries.length - 1) * (k - 1);
  return highest >= k - 1 && lowest <= 1;
}

function isPrimary(value: number, k: number): boolean {
  return value >= 1 && value < k;
}

/** Suppression of one column of counts (zeros are shown: a zero points at nobody). */
export function protectColumn(values: readonly number[], k: number): ProtectedColumn {
  const total = values.reduce((sum, value) => sum + value, 0);
  const primaries = values.map((value, index) => ({ value, index })).filter(({ value }) => isPrimary(value, k));
  if (primaries.length === 0) {
    return { cells: values.map((value) => ({ kind: 'value', value })), total: { kind: 'value', value: total }, withheld: false };
  }
  const complements: { value: number; index: number }[] = [];
  const candidates = values
    .map((value, index) => ({ value, index }))
    .filter(({ value }) => value >= k)
    .sort((a, b) => a.value - b.value || a.index - b.index);
  const primaryValues = primaries.map(({ value }) => value);
  const protectedWith = (extra: number[]) => columnIsProtected(primaryValues, [...complements.map(({ value }) => value), ...extra], k);

  while (!protectedWith([])) {
    if (candidates.length === 0) return withheld(values, k);
    // The smallest single cell that is enough on its own hides the least; failing that, the
    // largest adds the most uncertainty per hidden cell.
    const enough = candidates.findIndex(({ value }) => protectedWith([value]));
    const [chosen] = candidates.splice(enough >= 0 ? enough : candidates.length - 1, 1);
    complements.push(chosen!);
  }
  const hidden = new Set(complements.map(({ index }) => index));
  return {
    cells: values.map((value, index): Cell => (isPrimary(value, k) ? { kind: 'fewer' } : hidden.has(index) ? { kind: 'hidden' } : { kind: 'value', value })),
    total: { kind: 'value', value: total },
    withheld: false,
  };
}

/** Nothing of the column is shown but its zeros. */
export function withheld(values: readonly number[], k: number): ProtectedColumn {
  return {
    cells: values.map((value): Cell => (value === 0 ? { kind: 'value', value: 0 } : isPrimary(value, k) ? { kind: 'fewer' } : { kind: 'hidden' })),
    total: { kind: 'hidden' },
    withheld: true,
  };
}

/**
 * One figure published in two tables that share its total (by month and by province): each
 * column is protected on its own, and if either has to be withheld both are, or the total
 * shown by one table would undo the other.
 */
export function protectTwoWays(byMonth: readonly number[], byProvince: readonly number[], k: number): { byMonth: ProtectedColumn; byProvince: ProtectedColumn } {
  const months = protectColumn(byMonth, k);
  const provinces = protectColumn(byProvince, k);
  if (months.withheld || provinces.withheld) return { byMonth: withheld(byMonth, k), byProvince: withheld(byProvince, k) };
  return { byMonth: months, byProvince: provinces };
}

/**
 * An amount (money paid) follows the count it belongs to: shown only where that count is
 * shown, so a hidden amount always adds up several payments.
 */
export function followCounts(amounts: readonly bigint[], counts: ProtectedColumn): { cells: (bigint | null)[]; total: bigint | null } {
  return {
    cells: amounts.map((amount, index) => (counts.cells[index]!.kind === 'value' ? amount : null)),
    total: counts.total.kind === 'value' ? amounts.reduce((sum, amount) => sum + amount, 0n) : null,
  };
}
