/**
 * Every namespace of messages and the locales it must be complete in. One file per
 * namespace under messages/, all of its languages side by side for translators.
 */
import audit from './messages/audit';
import auth from './messages/auth';
import cases from './messages/cases';
import common from './messages/common';
import consoleMessages from './messages/console';
import dedup from './messages/dedup';
import errors from './messages/errors';
import home from './messages/home';
import rewards from './messages/rewards';
import report from './messages/report';
import status from './messages/status';
import staffAdmin from './messages/staffAdmin';
import triage from './messages/triage';
import uploads from './messages/uploads';
import intake from './messages/intake';
import stats from './messages/stats';
import dashboard from './messages/dashboard';
import { RESIDENT_LOCALES, STAFF_LOCALES } from './locales';

export const CATALOGUE = {
  audit: { locales: STAFF_LOCALES, messages: audit },
  auth: { locales: STAFF_LOCALES, messages: auth },
  cases: { locales: STAFF_LOCALES, messages: cases },
  console: { locales: STAFF_LOCALES, messages: consoleMessages },
  common: { locales: RESIDENT_LOCALES, messages: common },
  dedup: { locales: RESIDENT_LOCALES, messages: dedup },
  errors: { locales: RESIDENT_LOCALES, messages: errors },
  home: { locales: RESIDENT_LOCALES, messages: home },
  staffAdmin: { locales: STAFF_LOCALES, messages: staffAdmin },
  rewards: { locales: STAFF_LOCALES, messages: rewards },
  report: { locales: RESIDENT_LOCALES, messages: report },
  status: { locales: RESIDENT_LOCALES, messages: status },
  triage: { locales: STAFF_LOCALES, messages: triage },
  uploads: { locales: RESIDENT_LOCALES, messages: uploads },
  intake: { locales: RESIDENT_LOCALES, messages: intake },
  stats: { locales: RESIDENT_LOCALES, messages: stats },
  dashboard: { locales: STAFF_LOCALES, messages: dashboard },
} as const;

export type Namespace = keyof typeof CATALOGUE;
