/** `npm run rewards:expire`: expires vouchers past their date and returns their money to the budget. */
import { createClient } from '@/lib/db/client';
import { expireVouchers } from '@/lib/rewards/expire-vouchers';
import { openDatabase } from './lib/database';
import { prepareSettings } from './lib/settings';

const database = await openDatabase(prepareSettings());
const db = createClient(database.url);
try {
  const expired = await expireVouchers({ client: db });
  console.log(`Expired ${expired.length} voucher(s).`);
} finally {
  await db.$disconnect();
  await database.close();
}
