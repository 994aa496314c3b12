/**
 * How `scripts/test.ts` turns its arguments into runner arguments. Paths (or name filters) given
 * on the command line replace a layer's folder, so `npm run test:integration -- tests/x.test.ts`
 * runs that file alone rather than the whole layer with it.
 */
export type Layer = 'unit' | 'integration' | 'e2e';
export const LAYERS: readonly Layer[] = ['unit', 'integration', 'e2e'];

/** Runner options written with their value as the next argument (`-t name`), not `--opt=value`. */
const TAKES_VALUE = new Set(['-t', '--testNamePattern', '-g', '--grep', '--grep-invert', '--project', '-c', '--config', '-j', '--workers', '--retries', '--timeout', '--shard', '--reporter', '--outputFile', '--repeat-each', '--max-failures']);

export interface TestPlan {
  /** Layers to run, in order. */
  layers: Layer[];
  /** Arguments for vitest (unit + integration), or undefined when neither layer runs. */
  vitest?: string[];
  /** Arguments for Playwright, or undefined when e2e does not run. */
  playwright?: string[];
}

function layerOf(path: string): Layer | undefined {
  const clean = path.replace(/^\.\//, '');
  return LAYERS.find((layer) => clean === `tests/${layer}` || clean.startsWith(`tests/${layer}/`));
}

/**
 * Splits `args` into `--only=`, runner options and filters (paths). Filters under tests/<layer>/
 * go to that layer only; other filters (a bare name) go to every layer that runs. Without
 * `--only`, filters that all name layers pick those layers. A layer's folder is passed only when
 * it received no filter of its own.
 */
export function planTests(args: readonly string[], listFiles?: (layer: Layer) => string[]): TestPlan {
  const onlyArg = args.find((arg) => arg.startsWith('--only='));
  const only = onlyArg?.slice('--only='.length);
  if (only !== undefined && !LAYERS.includes(only as Layer)) throw new Error(`--only must be one of ${LAYERS.join(', ')} (got "${only}")`);

  const options: string[] = [];
  const filters: string[] = [];
  const rest = args.filter((arg) => arg !== onlyArg);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg.startsWith('-')) {
      options.push(arg);
      const value = rest[i + 1];
      if (TAKES_VALUE.has(arg) && value !== undefined) {
        options.push(value);
        i++;
      }
    } else {
      filters.push(arg);
    }
  }

  const named = filters.map(layerOf);
  let layers: Layer[];
  if (only) layers = [only as Layer];
  else if (filters.length && named.every(Boolean)) layers = LAYERS.filter((layer) => named.includes(layer));
  else layers = [...LAYERS];

  const filtersFor = (layer: Layer) => filters.filter((_, i) => named[i] === layer || named[i] === undefined);
  // vitest matches a bare name against every included file, so it is narrowed to the layer's files here.
  const narrow = (layer: Layer, filter: string) => {
    if (layerOf(filter) || !listFiles) return [filter];
    const files = listFiles(layer).filter((file) => file.includes(filter));
    return files.length ? files : [filter];
  };
  const targets = (layer: Layer) => {
    const own = filtersFor(layer);
    return own.length ? own.flatMap((filter) => narrow(layer, filter)) : [`tests/${layer}/`];
  };

  const plan: TestPlan = { layers };
  const vitestLayers = layers.filter((layer) => layer !== 'e2e');
  if (vitestLayers.length) plan.vitest = [...new Set(vitestLayers.flatMap(targets)), ...options];
  if (layers.includes('e2e')) {
    // Playwright's testDir is tests/e2e already: no filter means every spec. Runner options go to
    // vitest when it runs (as before), to Playwright when it runs alone.
    plan.playwright = [...filtersFor('e2e'), ...(vitestLayers.length ? [] : options)];
  }
  return plan;
}
