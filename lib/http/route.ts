/**
 * The one wrapper for route handlers: maps zod errors to 400 with translated field errors,
 * AppError to its status and message, anything else to a logged, generic 500. No stack,
 * SQL or Prisma text ever reaches a caller. Logs carry the route name and the error's class
 * and code only (lib/log.ts). Data the database refuses (SQLSTATE 22xxx, 54000) is the
 * sender's fault: 400, not 500.
 */
import { ZodError } from 'zod';
import { requireApiActor } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translate';
import { isDataError, sqlStateOf } from '@/lib/db/sql-state';
import { log, residentLog } from '@/lib/log';
import type { AnyUseCase, OutputOf, RawInputOf } from '@/lib/use-case';
import type { GuardedAction } from './console-action';
import { fieldErrors } from './field-errors';

export interface RouteContext {
  locale: Locale;
}

type Handler<Args extends unknown[]> = (request: Request, context: RouteContext, ...rest: Args) => Promise<Response>;

/** API callers choose their language with `?lang=`; never from Accept-Language. */
function localeOf(request: Request): Locale {
  const lang = new URL(request.url).searchParams.get('lang');
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

export interface RouteOptions {
  /** A resident's path: logged through residentLog (hour-floored time). */
  resident?: boolean;
}

export function errorResponse(error: unknown, locale: Locale, route: string, options: RouteOptions = {}): Response {
  const t = translator(locale);
  const logger = options.resident ? residentLog : log;
  if (error instanceof ZodError) {
    return Response.json({ error: 'BAD_REQUEST', message: t('errors.BAD_REQUEST'), fields: fieldErrors(error, t) }, { status: 400 });
  }
  if (isAppError(error)) {
    return Response.json({ error: error.code, message: t(error.messageKey) }, { status: error.status });
  }
  if (isDataError(sqlStateOf(error))) {
    logger.warn({ route, err: error }, 'the database refused the data sent');
    return Response.json({ error: 'BAD_REQUEST', message: t('intake.errors.dataInvalid') }, { status: 400 });
  }
  logger.error({ route, err: error }, 'unhandled error in route');
  return Response.json({ error: 'INTERNAL', message: t('errors.INTERNAL') }, { status: 500 });
}

export function withRoute<Args extends unknown[]>(route: string, handler: Handler<Args>, options: RouteOptions = {}) {
  return async (request: Request, ...rest: Args): Promise<Response> => {
    const locale = localeOf(request);
    try {
      return await handler(request, { locale }, ...rest);
    } catch (error) {
      // The sender has gone (the handler gave up on their request): nobody reads an answer or needs a log line.
      if (request.signal?.aborted) return new Response(null, { status: 499 });
      return errorResponse(error, locale, route, options);
    }
  };
}

/**
 * A staff route handler for one use case (docs/decisions/0840): the actor is asked for with the
 * use case's permission (401 anonymous, 404 without it), `read` turns the route's parameters
 * (and the request) into the use case's raw input, `respond` turns its output into the
 * response. The handler carries the use case's `.permission` for the authorization matrix.
 */
export function withStaffRoute<U extends AnyUseCase, Params>(
  useCase: U,
  steps: {
    read: (params: Params, request: Request) => RawInputOf<U> | Promise<RawInputOf<U>>;
    respond: (output: OutputOf<U>) => Response | Promise<Response>;
  },
) {
  const run = useCase as unknown as (actor: Awaited<ReturnType<typeof requireApiActor>>, input: unknown) => Promise<OutputOf<U>>;
  const handler = withRoute(useCase.useCaseName, async (request, _context, { params }: { params: Promise<Params> }) => {
    const actor = await requireApiActor(useCase.permission);
    return steps.respond(await run(actor, await steps.read(await params, request)));
  });
  const facts: GuardedAction = { permission: useCase.permission, useCaseName: useCase.useCaseName };
  return Object.assign(handler, facts);
}
