/**
 * One definition per use case (docs/decisions/0840): its name, the permission it needs, the
 * schema of its input and its body, declared once. The console action wrapper
 * (lib/http/console-action.ts), the route wrapper (lib/http/route.ts) and the authorization
 * matrix test read `.permission` from here, so a permission is written in one place.
 *
 * Calling a use case checks the actor first (no actor: UNAUTHENTICATED; the wrong role:
 * FORBIDDEN), then parses the input (a ZodError, which the wrappers turn into field errors),
 * then runs the body: nothing is read or written for a caller who is refused.
 *
 *   export const addCaseNote = defineUseCase({
 *     name: 'addCaseNote',
 *     permission: 'cases.manage',
 *     input: z.object({ caseId: anyId, body: noteBody }),
 *     run: async (actor, { caseId, body }, client: Db = db) => { ... },
 *   });
 *   await addCaseNote(actor, { caseId, body: formText(form, 'body') });
 */
import type { z } from 'zod';
import { type Actor, can, type Permission } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';

interface UseCaseFacts<Schema> {
  /** Names the use case in logs and in the action wrapper's messages. */
  readonly useCaseName: string;
  /** null: any signed-in staff member. */
  readonly permission: Permission | null;
  /** The schema the raw input is parsed with; undefined for a use case without input. */
  readonly input: Schema;
}

/** The input argument: optional when the schema accepts undefined (e.g. filters with a default). */
type InputArg<Schema extends z.ZodType> = undefined extends z.input<Schema> ? [input?: z.input<Schema>] : [input: z.input<Schema>];

/** A use case with input: `useCase(actor, rawInput, ...rest)`; rest is what the body takes after its input (a client, a clock). */
export type UseCase<Schema extends z.ZodType, Output, Rest extends unknown[] = []> = ((actor: Actor, ...args: [...InputArg<Schema>, ...Rest]) => Promise<Output>) &
  UseCaseFacts<Schema>;

/** A use case without input: `useCase(actor, ...rest)`. */
export type UseCaseWithoutInput<Output, Rest extends unknown[] = []> = ((actor: Actor, ...rest: Rest) => Promise<Output>) & UseCaseFacts<undefined>;

/** Any use case, for wrappers that only read its facts. */
export type AnyUseCase = ((actor: Actor, ...args: never[]) => Promise<unknown>) & UseCaseFacts<z.ZodType | undefined>;

/** The raw input a use case is called with, and what it gives back: for the wrappers. */
export type RawInputOf<U extends AnyUseCase> = Parameters<U>[1];
export type OutputOf<U extends AnyUseCase> = Awaited<ReturnType<U>>;

/** Throws unless the actor holds the permission (or, for null, is any signed-in staff member). */
export function checkActor(actor: Actor | null | undefined, permission: Permission | null): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (permission && !can(actor, permission)) throw new AppError('FORBIDDEN');
}

export function defineUseCase<Schema extends z.ZodType, Output, Rest extends unknown[] = []>(definition: {
  name: string;
  permission: Permission | null;
  input: Schema;
  run: (actor: Actor, input: z.output<Schema>, ...rest: Rest) => Promise<Output>;
}): UseCase<Schema, Output, Rest>;
export function defineUseCase<Output, Rest extends unknown[] = []>(definition: {
  name: string;
  permission: Permission | null;
  input?: undefined;
  run: (actor: Actor, ...rest: Rest) => Promise<Output>;
}): UseCaseWithoutInput<Output, Rest>;
export function defineUseCase(definition: {
  name: string;
  permission: Permission | null;
  input?: z.ZodType;
  run: (...args: never[]) => Promise<unknown>;
}): unknown {
  const { name, permission, input } = definition;
  // The overloads above tie the body's arguments to the schema; here they are passed through.
  const run = definition.run as (actor: Actor, ...args: unknown[]) => Promise<unknown>;
  const useCase = async (actor: Actor | null | undefined, ...args: unknown[]) => {
    checkActor(actor, permission);
    if (!input) return run(actor, ...args);
    const [raw, ...rest] = args;
    return run(actor, input.parse(raw), ...rest);
  };
  return Object.assign(useCase, { useCaseName: name, permission, input });
}
