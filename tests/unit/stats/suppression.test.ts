import { describe, expect, it } from 'vitest';
import { type Cell, columnIsProtected, followCounts, protectColumn, protectTwoWays } from '@/lib/stats/suppression';

const V = (value: number): Cell => ({ kind: 'value', value });
const FEWER: Cell = { kind: 'fewer' };
const HIDDEN: Cell = { kind: 'hidden' };

describe('small-count suppression of one column (k = 5)', () => {
  it('shows every cell and the total when nothing is below 5 (zeros point at nobody)', () => {
    expect(protectColumn([10, 0, 7], 5)).toEqual({ cells: [V(10), V(0), V(7)], total: V(17), withheld: false });
  });

  it('a lone 3 is "fewer than 5", and the 6 beside it is hidden so 3 = total - shown cannot be worked out', () => {
    // 3 + 6 + 12 + 0 = 21; a reader sees 21, 12 and 0, so a + b = 9 with a in 1..4 and b >= 5: a could be 1..4.
    expect(protectColumn([3, 6, 12, 0], 5)).toEqual({ cells: [FEWER, HIDDEN, V(12), V(0)], total: V(21), withheld: false });
  });

  it('hides the smallest cell that is enough on its own: a lone 1 next to 5 and 6 needs the 20', () => {
    // 1 + 5 = 6 would leave a = 1 exactly (b >= 5); 1 + 6 = 7 leaves a in 1..2; 1 + 20 = 21 leaves a in 1..4.
    expect(protectColumn([1, 5, 6, 20], 5).cells).toEqual([FEWER, V(5), V(6), HIDDEN]);
  });

  it('hides several cells when no single one is enough', () => {
    // 1 with 7 leaves a in 1..3; 1 with 7 and 6: a + b + c = 14, b, c >= 5 -> a in 1..4.
    expect(protectColumn([1, 5, 6, 7], 5)).toEqual({ cells: [FEWER, V(5), HIDDEN, HIDDEN], total: V(19), withheld: false });
  });

  it('two small cells protect each other when their sum leaves both open: 2 and 3 (sum 5)', () => {
    expect(protectColumn([2, 3, 9], 5).cells).toEqual([FEWER, FEWER, V(9)]);
  });

  it('but 4 and 4 (sum 8) would both be exactly 4, and 1 and 1 (sum 2) both exactly 1: a third cell is hidden', () => {
    expect(protectColumn([4, 4, 9], 5).cells).toEqual([FEWER, FEWER, HIDDEN]);
    expect(protectColumn([1, 1, 9], 5).cells).toEqual([FEWER, FEWER, HIDDEN]);
  });

  it('withholds the whole column, total included, when no hiding is enough', () => {
    expect(protectColumn([3, 0, 0], 5)).toEqual({ cells: [FEWER, V(0), V(0)], total: HIDDEN, withheld: true });
    expect(protectColumn([2, 6], 5)).toEqual({ cells: [FEWER, HIDDEN], total: HIDDEN, withheld: true });
  });

  it('follows the threshold setting', () => {
    expect(protectColumn([3, 6, 12], 3).cells).toEqual([V(3), V(6), V(12)]);
    expect(protectColumn([9, 30, 40], 10).cells).toEqual([FEWER, HIDDEN, V(40)]);
  });

  it("columnIsProtected: the reader's bounds, by hand", () => {
    expect(columnIsProtected([], [], 5)).toBe(true);
    expect(columnIsProtected([3], [], 5)).toBe(false);
    expect(columnIsProtected([3], [6], 5)).toBe(true);
    expect(columnIsProtected([1], [5], 5)).toBe(false);
  });
});

/**
 * Whatever the table, a reader who knows the rule (primaries 1..k-1, hidden cells >= k, shown
 * cells and the total as printed) must find both 1 and k-1 possible for every "fewer" cell.
 */
describe('no suppressed cell can be recovered from the total (exhaustive over small tables)', () => {
  const k = 5;
  function possibleValues(cells: Cell[], total: number, target: number): Set<number> {
    const unknown = cells.map((cell, index) => ({ cell, index })).filter(({ cell }) => cell.kind !== 'value');
    const remaining = total - cells.reduce((sum, cell) => sum + (cell.kind === 'value' ? cell.value : 0), 0);
    const found = new Set<number>();
    const walk = (position: number, left: number, chosen: number) => {
      if (position === unknown.length) {
        if (left === 0) found.add(chosen);
        return;
      }
      const { cell, index } = unknown[position]!;
      const [low, high] = cell.kind === 'fewer' ? [1, k - 1] : [k, left];
      for (let value = low; value <= Math.min(high, left); value++) walk(position + 1, left - value, index === target ? value : chosen);
    };
    walk(0, remaining, -1);
    return found;
  }

  it('holds for every column of three cells with values 0..12', () => {
    let checked = 0;
    for (let a = 0; a <= 12; a++)
      for (let b = 0; b <= 12; b++)
        for (let c = 0; c <= 12; c++) {
          const values = [a, b, c];
          const result = protectColumn(values, k);
          if (result.withheld) continue;
          result.cells.forEach((cell, index) => {
            if (cell.kind !== 'fewer') return;
            const possible = possibleValues(result.cells, (result.total as { value: number }).value, index);
            expect(possible.has(1) && possible.has(k - 1), `${values} cell ${index}: ${[...possible]}`).toBe(true);
            checked++;
          });
        }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('one figure in two tables sharing its total', () => {
  it('withholds both when either must be withheld (3 tips in one month of one province)', () => {
    const result = protectTwoWays([3, 0], [0, 3], 5);
    expect(result.byMonth).toEqual({ cells: [FEWER, V(0)], total: HIDDEN, withheld: true });
    expect(result.byProvince).toEqual({ cells: [V(0), FEWER], total: HIDDEN, withheld: true });
  });

  it('protects each table on its own otherwise', () => {
    const result = protectTwoWays([5, 6], [3, 8], 5);
    expect(result.byMonth.cells).toEqual([V(5), V(6)]);
    expect(result.byProvince).toEqual({ cells: [FEWER, HIDDEN], total: V(11), withheld: false });
  });
});

describe('amounts follow their counts', () => {
  it('shows an amount only where its count is shown, and the total only with the count total', () => {
    const counts = protectColumn([3, 6, 12], 5);
    expect(followCounts([300n, 600n, 1200n], counts)).toEqual({ cells: [null, null, 1200n], total: 2100n });
    expect(followCounts([300n], protectColumn([3], 5))).toEqual({ cells: [null], total: null });
  });
});
