/**
 * `npm run db:restore -- --from FOLDER [--replace]`: a folder written by db:backup back into
 * the configured database and photo folder. Refuses a database or photo folder that already
 * holds data unless --replace. See docs/OPERATIONS.md.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { restore } from '@/lib/ops/backup';
import { runOperatorTask } from '@/lib/ops/faults';
import { type OpenDatabase, openDatabase } from '../lib/database';
import { prepareSettings } from '../lib/settings';

const { values } = parseArgs({ options: { from: { type: 'string' }, replace: { type: 'boolean', default: false } } });
if (!values.from) {
  console.error('Usage: npm run db:restore -- --from FOLDER [--replace]');
  process.exit(64);
}
const settings = prepareSettings();
let database: OpenDatabase | undefined;
await runOperatorTask(
  async () => {
    database = await openDatabase(settings);
    const s3 = settings.S3_ENDPOINT !== undefined;
    const manifest = await restore({ databaseUrl: database.url, uploadDir: s3 ? null : path.resolve(settings.UPLOAD_DIR), folder: path.resolve(values.from!), binDir: settings.PG_BIN_DIR, replace: values.replace });
    console.log(`Restored ${path.resolve(values.from!)} (backup of ${manifest.createdAt}): the database and ${manifest.photos} photo file(s). Check it: npm run audit:verify && npm run ledger:verify`);
  },
  { databaseUrl: () => database?.url ?? settings.DATABASE_URL, close: async () => database?.close() },
);
