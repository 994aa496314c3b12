import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/session';
import { getTranslator } from '@/lib/ui/locale';
import { payoutDeskAction } from '../actions';
import { enumLabel } from '@/lib/i18n/enums';
import { PayoutDeskForm } from '@/lib/ui/console/payout-desk-form';

/** The payout desk: a voucher code is checked (the amount to hand over shown), then paid once. */
export default async function PayoutPage() {
  await requirePageActor('/console/rewards/payout');
  const { t } = await getTranslator();
  return (
    <>
      <p>
        <Link href="/console/rewards">{t('rewards.back')}</Link>
      </p>
      <h1>{t('rewards.payoutDesk')}</h1>
      <p>{t('rewards.payoutIntro')}</p>
      <PayoutDeskForm
        action={payoutDeskAction}
        labels={{
          code: t('rewards.voucherCode'),
          codeHint: t('rewards.voucherHint'),
          method: t('rewards.method'),
          methods: (['CASH_OFFICE', 'MOBILE_MONEY', 'BANK'] as const).map((method) => ({ value: method, label: enumLabel(t, 'PayoutMethod', method) })),
          reference: t('rewards.reference'),
          referenceHint: t('rewards.referenceHint'),
          check: t('rewards.check'),
          other: t('rewards.deskOther'),
          history: t('rewards.history'),
        }}
      />
    </>
  );
}
