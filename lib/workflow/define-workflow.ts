/**
 * The one shape of a state machine (decision 0850). A workflow declares its states and its
 * moves: from which states, to which, by which permission (or by the system), under which
 * guards, and which audit action records it. From that declaration it gets:
 *
 * - `allowed(tx, actor, entity)`: the moves this actor may make now, for read models, so a
 *   page renders buttons from it and never re-derives a rule; plus `blocked`, the reasons
 *   worth telling the actor (a guard's refusal, or a state's hint) for moves they hold the
 *   permission for;
 * - `move(tx, actor, entity, name, options)`: checks the same permission, state and guards,
 *   updates the row conditionally on the state read (`WHERE state = from`, so of two
 *   concurrent moves exactly one wins and the other is refused), and records the audit
 *   event, in the caller's transaction: a failure after the update rolls back both.
 *
 * `allowed` and `move` run the same checks, so what a page offers is what the server accepts.
 * Effects beyond the row (ledger entries, other rows) stay in the use case, in the same
 * transaction.
 */
import type { AuditAction } from '@/lib/audit/actions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { type Actor, can, type Permission } from '@/lib/auth/permissions';
import type { Tx } from '@/lib/db/client';
import { AppError, type ErrorCode } from '@/lib/errors';

/** Why a move is refused: an error code and the i18n key the actor reads. */
export interface Refusal {
  code: ErrorCode;
  key: string;
}

export const refuse = (code: ErrorCode, key: string): Refusal => ({ code, key });

export interface GuardContext<Entity, Input> {
  tx: Tx;
  /** Null only for system moves. */
  actor: Actor | null;
  entity: Entity;
  /** What the move is asked with (e.g. the case a tip joins); undefined when a read model asks whether the move is possible at all. */
  input: Input | undefined;
  /** True when a read model asks whether to offer the move, before any input exists. */
  offering: boolean;
}

export type Guard<Entity, Input> = (context: GuardContext<Entity, Input>) => Refusal | null | Promise<Refusal | null>;

export interface MoveDefinition<State extends string, Entity, Input> {
  from: readonly State[];
  /** The state reached; a function for moves whose target depends on the entity (self-loops). */
  to: State | ((entity: Entity) => State);
  /** Who may make it: a permission (any of several), or 'system' for jobs without an actor. */
  by: Permission | readonly Permission[] | 'system';
  guards?: readonly Guard<Entity, Input>[];
  /** The refusal told for a state the move cannot start from, when that state deserves an explanation. */
  hints?: Partial<Record<State, Refusal>>;
  audit: AuditAction;
  /** Chosen by hand from a list of statuses (a status select or buttons), rather than by its own form. */
  manual?: boolean;
  /** Made only as the second step of another move in the same use case: never offered on its own. */
  chained?: boolean;
}

export interface WorkflowDefinition<State extends string, Entity extends { id: string }, MoveName extends string, Input> {
  /** The audit target type, e.g. 'tip'. */
  target: string;
  stateOf: (entity: Entity) => State;
  moves: Record<MoveName, MoveDefinition<State, Entity, Input>>;
  /** Checked before every move's own guards (e.g. a merged case takes no move at all). */
  guards?: readonly Guard<Entity, Input>[];
  /** A move that does not start from its state. */
  invalid: Refusal;
  /** The conditional update lost to a concurrent change. */
  changedMeanwhile: Refusal;
  /** The conditional update: changes `data` and the state only WHERE the state is still `from`; returns the rows changed. */
  write: (tx: Tx, entity: Entity, from: State, to: State, data: Record<string, unknown>) => Promise<number>;
}

export interface NextMove<State extends string, MoveName extends string> {
  move: MoveName;
  to: State;
  manual: boolean;
}

export interface MoveOptions<Input> {
  input?: Input;
  /** Columns changed with the state, in the same conditional update. */
  data?: Record<string, unknown>;
  /** What the audit event says besides from and to. */
  detail?: Record<string, unknown>;
}

export interface Workflow<State extends string, Entity extends { id: string }, MoveName extends string, Input> {
  definition: WorkflowDefinition<State, Entity, MoveName, Input>;
  moveNames: readonly MoveName[];
  /** The refusal of this move for this actor and entity, or null when it is allowed. */
  refusal(tx: Tx, actor: Actor | null, entity: Entity, name: MoveName, input?: Input): Promise<Refusal | null>;
  /** The moves this actor may make now, and what blocks the others they hold the permission for. */
  allowed(tx: Tx, actor: Actor, entity: Entity): Promise<{ nextMoves: NextMove<State, MoveName>[]; blocked: Partial<Record<MoveName, string>> }>;
  /** Makes the move in the caller's transaction: checks, conditional update, audit event. */
  move(tx: Tx, actor: Actor | null, entity: Entity, name: MoveName, options?: MoveOptions<Input>): Promise<{ from: State; to: State }>;
  /** A status chosen from a list: the manual move from the entity's state to `to`, or its refusal. */
  moveTo(tx: Tx, actor: Actor | null, entity: Entity, to: State, options?: MoveOptions<Input>): Promise<{ from: State; to: State }>;
}

const mayMake = (actor: Actor | null, by: MoveDefinition<string, unknown, unknown>['by']): boolean => {
  if (by === 'system') return actor === null;
  if (!actor) return false;
  return typeof by === 'string' ? can(actor, by) : by.some((permission) => can(actor, permission));
};

export function defineWorkflow<State extends string, Entity extends { id: string }, MoveName extends string, Input = never>(
  definition: WorkflowDefinition<State, Entity, MoveName, Input>,
): Workflow<State, Entity, MoveName, Input> {
  const moveNames = Object.keys(definition.moves) as MoveName[];
  const targetOf = (spec: MoveDefinition<State, Entity, Input>, entity: Entity) => (typeof spec.to === 'function' ? spec.to(entity) : spec.to);

  async function firstRefusal(guards: readonly Guard<Entity, Input>[] | undefined, context: GuardContext<Entity, Input>): Promise<Refusal | null> {
    for (const guard of guards ?? []) {
      const refused = await guard(context);
      if (refused) return refused;
    }
    return null;
  }

  /** Permission and the workflow's guards aside: the state, then the move's guards. */
  async function stateAndGuards(context: GuardContext<Entity, Input>, spec: MoveDefinition<State, Entity, Input>): Promise<Refusal | null> {
    const state = definition.stateOf(context.entity);
    if (!spec.from.includes(state)) return spec.hints?.[state] ?? definition.invalid;
    return firstRefusal(spec.guards, context);
  }

  async function refusal(tx: Tx, actor: Actor | null, entity: Entity, name: MoveName, input?: Input): Promise<Refusal | null> {
    const spec = definition.moves[name];
    if (!actor && spec.by !== 'system') return refuse('UNAUTHENTICATED', 'errors.UNAUTHENTICATED');
    if (!mayMake(actor, spec.by)) return refuse('FORBIDDEN', 'errors.FORBIDDEN');
    const context = { tx, actor, entity, input, offering: false };
    return (await firstRefusal(definition.guards, context)) ?? stateAndGuards(context, spec);
  }

  async function move(tx: Tx, actor: Actor | null, entity: Entity, name: MoveName, options: MoveOptions<Input> = {}): Promise<{ from: State; to: State }> {
    const refused = await refusal(tx, actor, entity, name, options.input);
    if (refused) throw new AppError(refused.code, refused.key, { move: name, from: definition.stateOf(entity) });
    const spec = definition.moves[name];
    const from = definition.stateOf(entity);
    const to = targetOf(spec, entity);
    const changed = await definition.write(tx, entity, from, to, options.data ?? {});
    if (changed !== 1) throw new AppError(definition.changedMeanwhile.code, definition.changedMeanwhile.key, { move: name, from });
    await recordAuditEvent(tx, { actor, action: spec.audit, target: { type: definition.target, id: entity.id }, detail: { from, to, ...options.detail } });
    return { from, to };
  }

  return {
    definition,
    moveNames,
    refusal,

    async allowed(tx, actor, entity) {
      const nextMoves: NextMove<State, MoveName>[] = [];
      const blocked: Partial<Record<MoveName, string>> = {};
      const context = { tx, actor, entity, input: undefined, offering: true };
      // Refused as a whole (a merged case): no move, and the page says why on its own.
      if (await firstRefusal(definition.guards, context)) return { nextMoves, blocked };
      for (const name of moveNames) {
        const spec = definition.moves[name];
        if (spec.chained || !mayMake(actor, spec.by)) continue;
        const refused = await stateAndGuards(context, spec);
        if (!refused) nextMoves.push({ move: name, to: targetOf(spec, entity), manual: !!spec.manual });
        // A state the move cannot start from is worth a word only where the workflow gives one.
        else if (refused !== definition.invalid) blocked[name] = refused.key;
      }
      return { nextMoves, blocked };
    },

    move,

    async moveTo(tx, actor, entity, to, options = {}) {
      const from = definition.stateOf(entity);
      const name = moveNames.find((candidate) => {
        const spec = definition.moves[candidate];
        return spec.manual && spec.from.includes(from) && targetOf(spec, entity) === to;
      });
      if (name) return move(tx, actor, entity, name, options);
      const refused = (await firstRefusal(definition.guards, { tx, actor, entity, input: options.input, offering: false })) ?? definition.invalid;
      throw new AppError(refused.code, refused.key, { from, to });
    },
  };
}
