/**
 * Every console page, server action and route handler, discovered from the code (the app
 * folder and the build's server-action manifest), must be registered: a page in
 * lib/auth/console-pages.ts; an action or route handler either listed there as public or built
 * from a use case (consoleAction, withStaffRoute), whose permission it carries and this test
 * reads from the exported function itself. Each must refuse anonymous callers and every role
 * without its permission.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type APIRequestContext, type BrowserContext, expect, test } from '@playwright/test';
import { CONSOLE_PAGES, PUBLIC_CONSOLE_PAGES, PUBLIC_ROUTE_HANDLERS, PUBLIC_SERVER_ACTIONS } from '@/lib/auth/console-pages';
import { can, type Permission } from '@/lib/auth/permissions';
import { STAFF_ROLES, type StaffRoleCode } from '@/lib/staff/roles';
import { signInAs } from '../helpers/staff';

function filesNamed(folder: string, name: RegExp): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry);
    return statSync(full).isDirectory() ? filesNamed(full, name) : name.test(entry) ? [full] : [];
  });
}

/** app/console/(group)/tips/[id]/page.tsx -> /console/tips/[id] */
const routeOf = (file: string) =>
  `/${path.dirname(path.relative('app', file)).split(path.sep).filter((part) => part !== '.' && !/^\(.*\)$/.test(part)).join('/')}`.replace(/\/$/, '') || '/';

const concrete = (route: string) => route.replace(/\[\.\.\.[^\]]+\]/g, 'x').replace(/\[[^\]]+\]/g, '00000000-0000-4000-8000-000000000000');

const consolePages = filesNamed('app/console', /^page\.tsx$/).map(routeOf).sort();
const routeFiles = new Map(filesNamed('app', /^route\.ts$/).map((file) => [routeOf(file), file]));
const routeHandlers = [...routeFiles.keys()].sort();
const staffRoutes = routeHandlers.filter((route) => !PUBLIC_ROUTE_HANDLERS.includes(route));
const actions = Object.values(
  JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')).node as Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>,
);

/**
 * What each exported action and route handler carries from the use case it was built from
 * (lib/use-case.ts), by `file#export`: the permission is read from the code itself, not from
 * a list that could disagree with it (tests/e2e/helpers/use-case-guards.ts, run with tsx).
 */
const guardsFile = path.join(mkdtempSync(path.join(tmpdir(), 'guards-')), 'guards.json');
// Files whose every export is public are not loaded (the resident forms pull in CSS modules).
const actionFiles = new Set(actions.filter((action) => !PUBLIC_SERVER_ACTIONS.includes(`${action.filename}#${action.exportedName}`)).map((action) => action.filename));
execFileSync(process.execPath, ['--import', 'tsx', 'tests/e2e/helpers/use-case-guards.ts', guardsFile, ...actionFiles, ...staffRoutes.map((route) => routeFiles.get(route)!)], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const guards = JSON.parse(readFileSync(guardsFile, 'utf8')) as Record<string, { permission: Permission | null; useCaseName: string }>;
const useCaseGuard = (file: string, exportedName: string) => guards[`${file}#${exportedName}`] ?? null;

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** The guard of each handler a route file exports (read from the source: `export const GET`). */
function routeGuards(route: string) {
  const file = routeFiles.get(route)!;
  const source = readFileSync(file, 'utf8');
  const methods = HTTP_METHODS.filter((method) => new RegExp(`export (const|async function|function) ${method}\\b`).test(source));
  return methods.map((method) => ({ method, guard: useCaseGuard(file, method) }));
}

const roles = STAFF_ROLES;
const sessions = new Map<StaffRoleCode, BrowserContext>();

test.describe('authorization matrix', () => {
  test.beforeAll(async ({ browser, baseURL }) => {
    for (const role of roles) {
      const context = await browser.newContext();
      await signInAs(context, baseURL!, role, { provinceCodes: ['KH-18'] });
      sessions.set(role, context);
    }
  });
  test.afterAll(async () => {
    for (const context of sessions.values()) await context.close();
  });

  test('every page, action and route handler in the code is registered, and nothing registered is missing', async () => {
    const registeredPages = [...CONSOLE_PAGES.map((page) => page.route), ...PUBLIC_CONSOLE_PAGES].sort();
    expect(consolePages).toEqual(registeredPages);
    expect(routeHandlers).toEqual(expect.arrayContaining([...PUBLIC_ROUTE_HANDLERS]));
    for (const route of staffRoutes) {
      const handlers = routeGuards(route);
      expect(handlers.length, `${route} exports a handler`).toBeGreaterThan(0);
      for (const { method, guard } of handlers) expect(guard, `${method} ${route}: public, or built by withStaffRoute`).not.toBeNull();
    }
    const actionKeys = [...new Set(actions.map((action) => `${action.filename}#${action.exportedName}`))].sort();
    expect(actionKeys).toEqual(expect.arrayContaining([...PUBLIC_SERVER_ACTIONS]));
    for (const action of actions) {
      const key = `${action.filename}#${action.exportedName}`;
      const guard = useCaseGuard(action.filename, action.exportedName);
      // Exactly one of the two: a public action built from a use case would be guarded after all.
      expect(PUBLIC_SERVER_ACTIONS.includes(key) !== (guard !== null), `${key}: public, or built by consoleAction`).toBe(true);
    }
  });

  for (const page of CONSOLE_PAGES) {
    test(`page ${page.route} refuses anonymous callers and roles without ${page.permission ?? 'a session'}`, async ({ request, baseURL }) => {
      const url = concrete(page.route);
      const anonymous = await request.get(url, { maxRedirects: 0 });
      expect(anonymous.status(), 'anonymous').toBe(307);
      expect(anonymous.headers().location).toContain('/console/sign-in');
      for (const role of roles) {
        const response = await sessions.get(role)!.request.get(`${baseURL}${url}`, { maxRedirects: 0 });
        const allowed = page.permission === null || can({ id: '', role, provinceCodes: [] }, page.permission);
        if (!allowed) expect(response.status(), role).toBe(404);
        else if (!page.route.includes('[')) expect(response.status(), role).toBe(200);
        // A dynamic page with a made-up id answers 404 for everyone: only refusals are checked.
      }
    });
  }

  test('every page and route with an id answers a malformed id as it answers an unknown one: 404 (decision 0875)', async ({ baseURL }) => {
    const dynamic = [
      ...CONSOLE_PAGES.filter((page) => page.route.includes('[')).map((page) => ({ route: page.route as string, method: 'GET', permission: page.permission })),
      ...staffRoutes.filter((route) => route.includes('[')).flatMap((route) => routeGuards(route).map(({ method, guard }) => ({ route, method, permission: guard!.permission }))),
    ];
    expect(dynamic.length).toBeGreaterThan(0);
    const malformed = ['not-a-uuid', '00000000-0000-4000-8000-00000000000g', encodeURIComponent("1' OR '1'='1"), 'x'.repeat(300)];
    for (const { route, method, permission } of dynamic) {
      // A role that may open it: what it is told must not depend on how the id is written.
      const role = roles.find((candidate) => permission === null || can({ id: '', role: candidate, provinceCodes: [] }, permission))!;
      for (const url of [concrete(route), ...malformed.map((id) => route.replace(/\[[^\]]+\]/g, id))]) {
        const response = await sessions.get(role)!.request.fetch(`${baseURL}${url}`, { method, maxRedirects: 0 });
        expect(response.status(), `${method} ${url.slice(0, 80)} as ${role}`).toBe(404);
      }
    }
  });

  const callAction = (client: APIRequestContext, url: string, id: string) =>
    client.post(url, { headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' }, data: '[]', maxRedirects: 0 });

  test('every staff server action refuses anonymous callers and roles without its permission', async ({ request, baseURL }) => {
    const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')).node as Record<string, (typeof actions)[number]>;
    let checked = 0;
    for (const [id, action] of Object.entries(manifest)) {
      const guard = useCaseGuard(action.filename, action.exportedName);
      if (!guard) continue;
      const { permission } = guard;
      const page = concrete(routeOf(`app/${Object.keys(action.workers)[0]}.tsx`));
      const anonymous = await callAction(request, `${baseURL}${page}`, id);
      expect(anonymous.headers()['x-action-redirect'] ?? '', `${action.exportedName} anonymous`).toContain('/console/sign-in');
      for (const role of roles) {
        if (permission === null || can({ id: '', role, provinceCodes: [] }, permission)) continue;
        const response = await callAction(sessions.get(role)!.request, `${baseURL}${page}`, id);
        expect(response.status(), `${action.exportedName} as ${role}`).toBe(404);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  for (const route of staffRoutes) {
    test(`route ${route} refuses anonymous callers and roles without its use case's permission`, async ({ request, baseURL }) => {
      const url = concrete(route);
      for (const { method, guard } of routeGuards(route)) {
        const permission = guard!.permission;
        const call = (client: APIRequestContext, at: string) => client.fetch(at, { method, maxRedirects: 0 });
        expect((await call(request, url)).status(), `${method} anonymous`).toBe(401);
        for (const role of roles) {
          if (permission === null || can({ id: '', role, provinceCodes: [] }, permission)) continue;
          expect((await call(sessions.get(role)!.request, `${baseURL}${url}`)).status(), `${method} as ${role}`).toBe(404);
        }
      }
    });
  }
});
