/**
 * `npm run db:backup [-- --out FOLDER]`: the database (pg_dump -Fc) and the photo folder into
 * one new folder (default backups/<date>-<time>). See docs/OPERATIONS.md.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backup } from '@/lib/ops/backup';
import { runOperatorTask } from '@/lib/ops/faults';
import { type OpenDatabase, openDatabase } from '../lib/database';
import { prepareSettings } from '../lib/settings';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const settings = prepareSettings();
const folder = path.resolve(values.out ?? path.join('backups', new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')));
let database: OpenDatabase | undefined;
await runOperatorTask(
  async () => {
    database = await openDatabase(settings);
    const s3 = settings.S3_ENDPOINT !== undefined;
    const manifest = await backup({ databaseUrl: database.url, uploadDir: s3 ? null : path.resolve(settings.UPLOAD_DIR), folder, binDir: settings.PG_BIN_DIR });
    console.log(`Backup written to ${folder}: database ${manifest.database} (PostgreSQL ${manifest.serverVersion}), ${manifest.photos} photo file(s).`);
    if (s3) console.log('Photos are in object storage and were not copied: back up the bucket with its own tools.');
  },
  { databaseUrl: () => database?.url ?? settings.DATABASE_URL, close: async () => database?.close() },
);
