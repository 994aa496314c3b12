/**
 * The language switcher's target: plain links, so it works without JavaScript. Sets the one
 * strictly necessary `lang` cookie and returns to the page the person was on.
 */
import { type NextRequest, NextResponse } from 'next/server';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/locales';
import { safeReturnPath } from '@/lib/security/safe-return-path';

const ONE_YEAR = 60 * 60 * 24 * 365;

export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to');
  const back = safeReturnPath(request.nextUrl.searchParams.get('back'));
  const response = new NextResponse(null, { status: 303, headers: { Location: back } });
  if (isLocale(to)) {
    response.cookies.set(LOCALE_COOKIE, to, { path: '/', maxAge: ONE_YEAR, sameSite: 'strict', httpOnly: true });
  }
  return response;
}
