import Link from 'next/link';
import { CONSOLE_PAGES } from '@/lib/auth/console-pages';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { getTranslator } from '@/lib/ui/locale';
import { enumLabel } from '@/lib/i18n/enums';

export default async function ConsoleHome() {
  const actor = await requirePageActor('/console');
  const [{ t }, me] = await Promise.all([getTranslator(), db.staffUser.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } })]);
  const shortcuts = CONSOLE_PAGES.filter((page) => page.nav && page.route !== '/console' && (page.permission === null || can(actor, page.permission)));
  return (
    <>
      <h1>{t('console.home')}</h1>
      <p>{t('console.signedInAs', { name: me.name, role: enumLabel(t, 'StaffRole', actor.role) })}</p>
      <section className="card" aria-labelledby="next-title">
        <h2 id="next-title">{t('console.nextStepsTitle')}</h2>
        <p>{t(`console.next${actor.role}`)}</p>
        {shortcuts.map((page) => (
          <Link key={page.route} className="button button--secondary" href={page.route}>
            {t(page.nav!)}
          </Link>
        ))}
      </section>
    </>
  );
}
