/** What a tip is about, and the red flags a resident can tick. Labels live in i18n. */
export const TIP_CATEGORIES = ['SCAM_COMPOUND', 'RECRUITER', 'PERSON_HELD', 'MONEY_MULE', 'OTHER'] as const;
export type TipCategoryCode = (typeof TIP_CATEGORIES)[number];

export const RED_FLAGS = [
  'high_walls_barbed_wire',
  'guards',
  'barred_or_blacked_windows',
  'foreign_workers_never_leave',
  'buses_at_night',
  'converted_casino_or_hotel',
  'confiscated_passports',
  'job_offers_abroad_high_pay',
  'sounds_of_violence',
  'many_phones_and_computers',
] as const;
export type RedFlag = (typeof RED_FLAGS)[number];

/** One rule for the form, intake and alerts: urgent when the resident says so or says someone is held. */
export const isUrgentTip = (tip: { urgent: boolean; category: string }): boolean => tip.urgent || tip.category === 'PERSON_HELD';

export const TIMES_OF_DAY = ['MORNING', 'AFTERNOON', 'EVENING', 'NIGHT'] as const;
export const LOCATION_SOURCES = ['GPS', 'MAP_PIN', 'AREA', 'MANUAL'] as const;
