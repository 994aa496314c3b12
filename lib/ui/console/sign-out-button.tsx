export function SignOutButton({ label, action }: { label: string; action: () => Promise<void> }) {
  return (
    <form action={action}>
      <button className="button button--secondary button--small" type="submit">
        {label}
      </button>
    </form>
  );
}
