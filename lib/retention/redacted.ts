/**
 * What retention leaves of a tip closed long ago as unfounded or duplicate (0203), kept apart
 * from the job so that the console can tell a blank left by retention from a blank nobody wrote.
 */
export const REDACTED_TIP = { description: '', landmark: null, indicators: [] as string[] };
/** A note keeps its author and time, not its words: they often quote the tip. */
export const REDACTED_NOTE_BODY = '';

export const isRedactedNote = (note: { body: string }): boolean => note.body === REDACTED_NOTE_BODY;
/** Intake never stores an empty description (its minimum length), so an empty one is retention's. */
export const isRedactedTip = (tip: { description: string }): boolean => tip.description === REDACTED_TIP.description;
