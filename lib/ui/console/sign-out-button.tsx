import { signOutAction } from '@/app/console/actions';

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button className="button button--secondary button--small" type="submit">
        {label}
      </button>
    </form>
  );
}
