import { describe, expect, it } from 'vitest';
import { planTests, type Layer } from '@/scripts/lib/test-args';

const files: Record<Layer, string[]> = {
  unit: ['tests/unit/rewards/ledger.test.ts', 'tests/unit/geo/point.test.ts'],
  integration: ['tests/integration/rewards/ledger-chain.test.ts', 'tests/integration/foundation/migrations.test.ts'],
  e2e: ['tests/e2e/rewards/ledger.spec.ts'],
};
const list = (layer: Layer) => files[layer];

describe('test arguments (scripts/lib/test-args)', () => {
  it('runs a whole layer when no path is given', () => {
    expect(planTests(['--only=integration'])).toEqual({ layers: ['integration'], vitest: ['tests/integration/'] });
    expect(planTests(['--only=e2e'])).toEqual({ layers: ['e2e'], playwright: [] });
  });

  it('runs every layer without --only, runner options going to vitest', () => {
    expect(planTests(['--bail=1'])).toEqual({ layers: ['unit', 'integration', 'e2e'], vitest: ['tests/unit/', 'tests/integration/', '--bail=1'], playwright: [] });
  });

  it('replaces the layer folder with the paths given, for each layer', () => {
    expect(planTests(['--only=integration', 'tests/integration/foundation/migrations.test.ts']).vitest).toEqual(['tests/integration/foundation/migrations.test.ts']);
    expect(planTests(['--only=unit', './tests/unit/geo/point.test.ts']).vitest).toEqual(['./tests/unit/geo/point.test.ts']);
    expect(planTests(['--only=e2e', 'tests/e2e/rewards/ledger.spec.ts', '--headed'])).toEqual({ layers: ['e2e'], playwright: ['tests/e2e/rewards/ledger.spec.ts', '--headed'] });
  });

  it('keeps the value of an option that takes one out of the paths', () => {
    expect(planTests(['--only=unit', '-t', 'ledger balance', 'tests/unit/geo/point.test.ts']).vitest).toEqual(['tests/unit/geo/point.test.ts', '-t', 'ledger balance']);
    expect(planTests(['--only=integration', '-t', 'tests/unit/x']).vitest).toEqual(['tests/integration/', '-t', 'tests/unit/x']);
  });

  it('without --only, paths choose their layers', () => {
    expect(planTests(['tests/integration/foundation/migrations.test.ts'])).toEqual({ layers: ['integration'], vitest: ['tests/integration/foundation/migrations.test.ts'] });
    expect(planTests(['tests/unit/geo/point.test.ts', 'tests/e2e/rewards/ledger.spec.ts'])).toEqual({
      layers: ['unit', 'e2e'],
      vitest: ['tests/unit/geo/point.test.ts'],
      playwright: ['tests/e2e/rewards/ledger.spec.ts'],
    });
  });

  it('narrows a bare name to the files of the chosen layer', () => {
    expect(planTests(['--only=unit', 'ledger'], list).vitest).toEqual(['tests/unit/rewards/ledger.test.ts']);
    expect(planTests(['--only=integration', 'ledger'], list).vitest).toEqual(['tests/integration/rewards/ledger-chain.test.ts']);
    expect(planTests(['--only=e2e', 'ledger'], list).playwright).toEqual(['ledger']);
    // Nothing matches: the name still goes through, so the runner says it found no test.
    expect(planTests(['--only=unit', 'nothing-like-this'], list).vitest).toEqual(['nothing-like-this']);
  });

  it('refuses an unknown layer', () => {
    expect(() => planTests(['--only=units'])).toThrow(/--only must be one of unit, integration, e2e/);
  });
});
