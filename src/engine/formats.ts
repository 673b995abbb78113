/** Formats the app accepts from users and from config. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

const LATEST_TIME = 4_102_444_800; // 2100-01-01: anything later is not a real time

/** A whole number of seconds since 1970, before 2100. */
export function isEpochSeconds(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= LATEST_TIME;
}
