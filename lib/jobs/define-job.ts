/**
 * A background job: a name (its pg-boss queue), an optional schedule (cron, UTC) and a
 * handler. Every job is listed in ./registry.ts; workers are started from instrumentation.ts.
 */
export interface JobDefinition<Payload extends object = Record<string, never>> {
  /** Queue name: letters, digits, '-', '_' and '.' only (e.g. 'vouchers-expire'). */
  readonly name: string;
  /** Cron expression in UTC (five fields). pg-boss sends it once per slot across all instances. */
  readonly schedule?: string;
  /** Also run once when an instance starts (still once across instances per minute). */
  readonly runAtStart?: boolean;
  /** Retries after a failure before the job is marked failed (default 2). */
  readonly retryLimit?: number;
  readonly handler: (payload: Payload) => Promise<unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJob = JobDefinition<any>;

export function defineJob<Payload extends object = Record<string, never>>(definition: JobDefinition<Payload>): JobDefinition<Payload> {
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(definition.name)) throw new Error(`invalid job name ${definition.name}`);
  return definition;
}
