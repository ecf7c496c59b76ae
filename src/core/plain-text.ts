/**
 * Free text from outside (an event, the settings, an AWS answer, an error message) made safe for a case body, an
 * e-mail or a subject, and console links built only from parts that were checked. The texts are line-based (section
 * titles such as "ACTION REQUESTED:" or "Execution:" start a line), so a line break inside a value would let it forge
 * a section or a link: every value goes in as one line of plain text.
 */

/**
 * C0 and C1 control characters, DEL, the Unicode line and paragraph separators, and the invisible formatting
 * characters that reorder or hide text (bidi embeddings, overrides and isolates, zero-width characters, BOM).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+/g;

/**
 * One line of plain text: control, separator and invisible formatting characters become one space, the ends are
 * trimmed, and the text is cut to `max` characters (with "…"). Never throws, whatever it is given.
 */
export const oneLine = (text: unknown, max = 500): string => {
  const clean = String(text ?? '').replace(UNSAFE, ' ').replace(/ {2,}/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, Math.max(0, max - 1))}…`;
};

/** An AWS Region code, as the event schema accepts it (it becomes the host of a console link). */
export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$/;
/** A Support case display id: digits only (10 in older cases, 15 in newer ones). */
export const DISPLAY_ID_PATTERN = /^[0-9]{1,20}$/;

export const isRegion = (region: unknown): region is string => typeof region === 'string' && REGION_PATTERN.test(region);
export const isDisplayId = (id: unknown): id is string => typeof id === 'string' && DISPLAY_ID_PATTERN.test(id);
