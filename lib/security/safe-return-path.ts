/**
 * Only a path on this site: never an absolute or protocol-relative address (open redirects).
 * Control characters are refused too: browsers drop tabs and newlines from a URL before
 * reading it, so "/<tab>/evil.example" would become "//evil.example".
 */
export function safeReturnPath(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') && !/[\u0000-\u001f\u007f]/.test(value) ? value : '/';
}
