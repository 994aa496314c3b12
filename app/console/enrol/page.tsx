import { EnrolForm } from '@/lib/ui/console/enrol-form';
import { getTranslator } from '@/lib/ui/locale';
import { completeEnrolmentAction, startEnrolmentAction } from './actions';

export default async function EnrolPage() {
  const { t } = await getTranslator();
  return (
    <>
      <h1>{t('auth.enrolTitle')}</h1>
      <EnrolForm
        start={startEnrolmentAction}
        complete={completeEnrolmentAction}
        labels={{
          step1: t('auth.enrolStep1'),
          email: t('auth.email'),
          password: t('auth.password'),
          continue: t('auth.enrolContinue'),
          step2: t('auth.enrolStep2'),
          key: t('auth.enrolKey'),
          code: t('auth.code'),
          finish: t('auth.enrolFinish'),
        }}
      />
    </>
  );
}
