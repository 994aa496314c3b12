/**
 * Every namespace of messages and the locales it must be complete in. One file per
 * namespace under messages/, all of its languages side by side for translators.
 */
import audit from './messages/audit';
import auth from './messages/auth';
import common from './messages/common';
import consoleMessages from './messages/console';
import dedup from './messages/dedup';
import errors from './messages/errors';
import home from './messages/home';
import staffAdmin from './messages/staffAdmin';
import stats from './messages/stats';
import dashboard from './messages/dashboard';
import { RESIDENT_LOCALES, STAFF_LOCALES } from './locales';

export const CATALOGUE = {
  audit: { locales: STAFF_LOCALES, messages: audit },
  auth: { locales: STAFF_LOCALES, messages: auth },
  console: { locales: STAFF_LOCALES, messages: consoleMessages },
  common: { locales: RESIDENT_LOCALES, messages: common },
  dedup: { locales: STAFF_LOCALES, messages: dedup },
  errors: { locales: RESIDENT_LOCALES, messages: errors },
  home: { locales: RESIDENT_LOCALES, messages: home },
  staffAdmin: { locales: STAFF_LOCALES, messages: staffAdmin },
  stats: { locales: RESIDENT_LOCALES, messages: stats },
  dashboard: { locales: STAFF_LOCALES, messages: dashboard },
} as const;

export type Namespace = keyof typeof CATALOGUE;
