/**
 * Free text from a resident may hold line breaks and tabs, nothing else invisible: a NUL
 * cannot be stored by PostgreSQL (it answered with a 500), and other control characters only
 * hide text from the officers who read it. Refused with a field error, never silently removed.
 */
// C0 controls but tab, line feed and carriage return (a form sends a textarea's line breaks
// as CR LF), DEL, and the C1 controls.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const hasControlCharacters = (text: string): boolean => CONTROL_CHARACTERS.test(text);

/** The earliest date a resident may give for what they saw; older is a typing mistake (or a probe). */
export const EARLIEST_OBSERVED_ON = '2000-01-01';
