/**
 * The report form's raw values (strings, as a browser posts them) and their conversion into
 * the tip schema's input. Shared by the server action (no JavaScript) and the enhanced form
 * (react-hook-form), so both validate exactly the same object with the same schema.
 */
import type { Locale } from '@/lib/i18n/locales';
import type { ActionResult } from '@/lib/http/action';
import { formBool, formText, formTexts } from '@/lib/http/form';

/** lib/tips/schema.ts's DESCRIPTION_MAX, repeated so the form's first load does not pull in zod (a unit test keeps them equal). */
export const DESCRIPTION_MAX_CHARS = 5_000;
export { MAX_PHOTO_BYTES, MAX_PHOTOS } from '@/lib/uploads/limits';

export interface ReportValues {
  category: string;
  indicators: string[];
  urgent: boolean;
  description: string;
  /** Set by "use my location" or the map (JavaScript only). */
  lat: string;
  lng: string;
  accuracyM: string;
  source: string;
  provinceCode: string;
  districtCode: string;
  landmark: string;
  /** Typed "lat, lng" fallback. */
  coordinates: string;
  observedOn: string;
  observedTime: string;
  wantsReward: boolean;
}

export const EMPTY_REPORT: ReportValues = {
  category: '',
  indicators: [],
  urgent: false,
  description: '',
  lat: '',
  lng: '',
  accuracyM: '',
  source: '',
  provinceCode: '',
  districtCode: '',
  landmark: '',
  coordinates: '',
  observedOn: '',
  observedTime: '',
  wantsReward: false,
};

/** The text fields a draft may keep on the device (never photos, never the location pin). */
export const DRAFT_FIELDS = ['category', 'indicators', 'urgent', 'description', 'provinceCode', 'districtCode', 'landmark', 'observedOn', 'observedTime', 'wantsReward'] as const;
export const DRAFT_KEY = 'ee-report-draft';

export function readReportForm(form: FormData): ReportValues {
  return {
    category: formText(form, 'category'),
    indicators: formTexts(form, 'indicators'),
    urgent: formBool(form, 'urgent'),
    description: formText(form, 'description'),
    lat: formText(form, 'lat'),
    lng: formText(form, 'lng'),
    accuracyM: formText(form, 'accuracyM'),
    source: formText(form, 'source'),
    provinceCode: formText(form, 'provinceCode'),
    districtCode: formText(form, 'districtCode'),
    landmark: formText(form, 'landmark'),
    coordinates: formText(form, 'coordinates'),
    observedOn: formText(form, 'observedOn'),
    observedTime: formText(form, 'observedTime'),
    wantsReward: formBool(form, 'wantsReward'),
  };
}

export interface AreaCentre {
  lat: number;
  lng: number;
}
export type CentreOf = (provinceCode: string, districtCode: string) => AreaCentre | undefined;

/**
 * A province or district as the form lists it. No coordinates: the page sends these to the
 * browser, and an area's centre is looked up only when a tip is checked or sent
 * (lib/geo/area-centre.ts, loaded with the tip schema).
 */
export interface AreaOption {
  code: string;
  provinceCode: string;
  name: string;
}

/** Provinces and districts as plain data (lib/ui/resident/areas.ts builds them on the server). */
export interface Areas {
  provinces: AreaOption[];
  districts: AreaOption[];
}

/** "10.6, 103.5", "10.6 103.5", "10,6; 103,5" are all read; anything else is not a coordinate. */
export function parseCoordinates(input: string): AreaCentre | null {
  const numbers = input.trim().replace(/(\d),(\d)/g, '$1.$2').split(/[\s,;]+/).filter(Boolean);
  if (numbers.length !== 2) return null;
  const [lat, lng] = numbers.map(Number);
  return Number.isFinite(lat) && Number.isFinite(lng) ? { lat: lat!, lng: lng! } : null;
}

/**
 * The location, in order of precision: a pin from the device or map, typed coordinates, the
 * district's centre, the province's centre. None: left out, so the schema says "give a
 * location"; typed coordinates that cannot be read stay typed, so it says they cannot be read.
 */
function locationOf(values: ReportValues, centreOf: CentreOf) {
  if (values.lat && values.lng && (values.source === 'GPS' || values.source === 'MAP_PIN')) {
    return { lat: values.lat, lng: values.lng, accuracyM: values.accuracyM ? Math.round(Number(values.accuracyM)) : undefined, source: values.source };
  }
  if (values.coordinates.trim()) {
    const point = parseCoordinates(values.coordinates);
    return { lat: point?.lat ?? values.coordinates, lng: point?.lng ?? values.coordinates, source: 'MANUAL' };
  }
  const centre = values.provinceCode || values.districtCode ? centreOf(values.provinceCode, values.districtCode) : undefined;
  if (centre) return { lat: centre.lat, lng: centre.lng, source: 'AREA' };
  return undefined;
}

export function toTipFields(values: ReportValues, language: Locale, centreOf: CentreOf) {
  return {
    category: values.category || undefined,
    indicators: values.indicators,
    description: values.description,
    location: locationOf(values, centreOf),
    provinceCode: values.provinceCode || undefined,
    districtCode: values.districtCode || undefined,
    landmark: values.landmark.trim() || undefined,
    observedOn: values.observedOn || undefined,
    observedTime: values.observedTime || undefined,
    urgent: values.urgent,
    wantsReward: values.wantsReward,
    language,
  };
}

/** Field errors are keyed by the schema's paths; the form shows the location ones together. */
export function errorForField(fields: Record<string, string> | undefined, ...paths: string[]): string | undefined {
  if (!fields) return undefined;
  for (const path of paths) {
    const hit = Object.entries(fields).find(([key]) => key === path || key.startsWith(`${path}.`));
    if (hit) return hit[1];
  }
  return undefined;
}

/** What a resident keeps after sending: the code and passphrase that open /status. */
export interface ReportReceipt {
  code: string;
  passphrase: string;
  urgent: boolean;
}

/** The report action's state: the receipt, or the refusal with every entered value to show again. */
export type ReportState = (ActionResult<ReportReceipt> & { values?: ReportValues }) | null;
