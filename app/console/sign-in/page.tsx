import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import { SignInForm } from '@/lib/ui/console/sign-in-form';
import { getTranslator } from '@/lib/ui/locale';
import { signInAction } from './actions';

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  if (await getActor()) redirect('/console');
  const [{ t }, query] = await Promise.all([getTranslator(), searchParams]);
  return (
    <>
      <h1>{t('auth.signInTitle')}</h1>
      {query.enrolled && <p className="notice">{t('auth.enrolled')}</p>}
      {query.signedOut && <p className="notice">{t('auth.signedOut')}</p>}
      <SignInForm
        action={signInAction}
        labels={{ email: t('auth.email'), password: t('auth.password'), code: t('auth.code'), codeHint: t('auth.codeHint'), submit: t('auth.signIn') }}
      />
      <p className="form-field__hint">{t('auth.lockHint')}</p>
      <p>
        <Link href="/console/enrol">{t('auth.firstTime')}</Link>
      </p>
    </>
  );
}
