/**
 * Prints what each export of the given modules carries from the use case it was built from
 * (consoleAction, withStaffRoute): `{ "file#export": { permission, useCaseName } }`, written
 * to the file named first. Run with tsx by the authorization matrix test, because
 * Playwright's own loader cannot import the app's modules (bare `next/...` specifiers).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const [out, ...files] = process.argv.slice(2);
const guards: Record<string, { permission: string | null; useCaseName: string }> = {};
for (const file of files) {
  const exported = (await import(path.resolve(file))) as Record<string, { permission?: string | null; useCaseName?: unknown } | undefined>;
  for (const [name, value] of Object.entries(exported)) {
    if (typeof value?.useCaseName === 'string' && value.permission !== undefined) guards[`${file}#${name}`] = { permission: value.permission, useCaseName: value.useCaseName };
  }
}
writeFileSync(out!, JSON.stringify(guards));
process.exit(0);
