import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  if (!result) throw new Error(`ESLint returned nothing for ${file}`);
  return result.messages.filter((message) => message.ruleId?.startsWith('boundaries/')).map((message) => message.message);
}

describe('layer boundaries (eslint.config.mjs)', () => {
  it('refuses lib/ importing from app/', async () => {
    expect(await boundaryErrors('lib/tips/boundary-probe.ts', "import { signOutAction } from '@/app/console/actions';\nexport const probe = signOutAction;\n")).toHaveLength(1);
  });

  it('refuses lib/ui importing the database client, directly or through lib/db', async () => {
    expect(await boundaryErrors('lib/ui/boundary-probe.ts', "import { db } from '@/lib/db/client';\nexport const probe = db;\n")).toHaveLength(1);
    expect(await boundaryErrors('lib/ui/boundary-probe.ts', "import pg from 'pg';\nexport const probe = pg;\n")).toHaveLength(1);
  });

  it('lets app/ use lib/ and lib/ use the database', async () => {
    expect(await boundaryErrors('app/boundary-probe.ts', "import { db } from '@/lib/db/client';\nexport const probe = db;\n")).toEqual([]);
    expect(await boundaryErrors('lib/tips/boundary-probe.ts', "import { db } from '@/lib/db/client';\nexport const probe = db;\n")).toEqual([]);
  });

  it('refuses in app/ a cast to never and reading a form other than through lib/http/form.ts', async () => {
    const [result] = await eslint.lintText("export const probe = (form: FormData) => ({ a: form.get('a') as never, b: form.getAll('b') });\n", { filePath: path.join(root, 'app/form-probe.ts') });
    expect(result!.messages.filter((message) => message.ruleId === 'no-restricted-syntax')).toHaveLength(3);
  });

  it('refuses a console page stating its own permission, and still refuses casts there', async () => {
    const code = "import { requireActor } from '@/lib/auth/session';\nexport default async function Probe() { await requireActor('tips.read'); return null; }\n";
    const [page] = await eslint.lintText(code, { filePath: path.join(root, 'app/console/probe/page.tsx') });
    expect(page!.messages.filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.message)).toEqual([expect.stringContaining('requirePageActor')]);
    const [cast] = await eslint.lintText('export const probe = (value: unknown) => value as never;\n', { filePath: path.join(root, 'app/console/probe/page.tsx') });
    expect(cast!.messages.filter((message) => message.ruleId === 'no-restricted-syntax')).toHaveLength(1);
  });
});
