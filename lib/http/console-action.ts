/**
 * The one wrapper for console server actions (docs/decisions/0840): an action is a use case
 * (lib/use-case.ts) plus how to read its input from what the browser sent and where to go
 * with the outcome. The wrapper asks for the actor with the use case's permission (anonymous:
 * sign-in; a role without it: 404), runs the use case under settleAction, and hands the
 * settled result to `done`, which redirects (lib/http/outcome.ts). A refused form's text values
 * (never its secrets) are kept for the page it goes back to (lib/http/sent-values.ts).
 *
 *   export const addCaseNoteAction = consoleAction(addCaseNote, {
 *     read: (form) => ({ caseId: formText(form, 'caseId'), body: formText(form, 'body') }),
 *     done: (result, form) => redirectWithOutcome(`/console/cases/${formText(form, 'caseId')}`, outcomeOf(result, 'cases.done_notes')),
 *   });
 *
 * The action carries its use case's `.permission`: the authorization matrix test reads it from
 * the exported action, so the permission is written once, in the use case.
 */
import type { Actor, Permission } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/session';
import type { AnyUseCase, OutputOf, RawInputOf } from '@/lib/use-case';
import { type SettledAction, settleAction } from './action';
import { keepSentValues } from './sent-values';

/** What an exported console action carries for the registry and the matrix test. */
export interface GuardedAction {
  readonly permission: Permission | null;
  readonly useCaseName: string;
}


interface Steps<U extends AnyUseCase, Arg, Result> {
  /** The use case's raw input from what the action was called with (a form, usually); may throw a refusal. */
  read?: (arg: Arg, actor: Actor) => RawInputOf<U> | Promise<RawInputOf<U>>;
  /** Where the outcome goes: usually redirectWithOutcome(path, outcomeOf(result, noticeKey)). */
  done: (result: SettledAction<OutputOf<U>>, arg: Arg) => Result | Promise<Result>;
}

/**
 * `read` is left out for a use case without input. `Arg` is what the action is called with:
 * FormData for a form, anything else for actions a page's script calls.
 */
export function consoleAction<U extends AnyUseCase, Arg = FormData, Result = void>(useCase: U, steps: Steps<U, Arg, Result>): ((arg: Arg) => Promise<Result>) & GuardedAction {
  const run = useCase as unknown as (actor: Actor, input?: unknown) => Promise<OutputOf<U>>;
  const action = async (arg: Arg): Promise<Result> => {
    const actor = await requireActor(useCase.permission ?? undefined, useCase.useCaseName);
    const result = await settleAction(useCase.useCaseName, async () => (steps.read ? run(actor, await steps.read(arg, actor)) : run(actor)));
    if (!result.ok && arg instanceof FormData) {
      const sent = await keepSentValues(arg);
      if (sent) return steps.done({ ...result, sent }, arg);
    }
    return steps.done(result, arg);
  };
  return Object.assign(action, { permission: useCase.permission, useCaseName: useCase.useCaseName });
}
