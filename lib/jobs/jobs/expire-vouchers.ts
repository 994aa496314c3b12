/** Hourly: vouchers past their date go back to the budget (lib/rewards/expire-vouchers.ts). */
import { expireVouchers } from '@/lib/rewards/expire-vouchers';
import { defineJob } from '../define-job';

export const expireVouchersJob = defineJob({
  name: 'vouchers-expire',
  schedule: '7 * * * *',
  handler: async () => ({ expired: (await expireVouchers()).length }),
});
