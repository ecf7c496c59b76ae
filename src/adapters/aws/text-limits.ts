/** Fits text into the limits of the Support and SNS APIs. Pure. */

/** Support CreateCase / AddCommunicationToCase: communicationBody is 1–8000 characters. */
export const SUPPORT_BODY_LIMIT = 8000;
/** SNS Publish: the Subject must be "less than 100 characters". */
export const SNS_SUBJECT_LIMIT = 99;
/** SNS Publish: the message, attributes included, must not exceed 256 KB. */
export const SNS_MESSAGE_LIMIT_BYTES = 262_144;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** The first `max` UTF-16 units of `text`, one shorter when the cut would split a surrogate pair (an emoji). */
const cutUnits = (text: string, max: number): string => {
  if (text.length <= max) return text;
  const end = max > 0 && isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
};

/**
 * A Support communication body of at most `limit` characters. A longer body is cut and ends with a note saying it
 * was truncated, so the reader knows text is missing. Counted in UTF-16 units, which is never fewer than characters.
 */
export const fitSupportText = (body: string, limit: number = SUPPORT_BODY_LIMIT): string => {
  if (body.length <= limit) return body;
  const note = `\n\n[Truncated by Bedrock Ops Alert: the full text was ${body.length} characters, the Support API accepts ${limit}.]`;
  return cutUnits(body, Math.max(0, limit - note.length)).trimEnd() + note;
};

/**
 * An SNS subject: no line breaks or control characters (they become spaces, runs of spaces collapse), and fewer
 * than 100 characters (cut with "…"). Falls back to `fallback` when nothing printable is left.
 */
export const sanitiseSnsSubject = (subject: string, fallback = 'Bedrock Ops Alert'): string => {
  // \p{Cc}: C0/C1 controls (CR, LF, TAB...); U+2028/U+2029: Unicode line and paragraph separators.
  const clean = subject.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').replace(/\s+/g, ' ').trim();
  if (clean.length === 0) return fallback;
  if (clean.length <= SNS_SUBJECT_LIMIT) return clean;
  return `${cutUnits(clean, SNS_SUBJECT_LIMIT - 1).trimEnd()}…`;
};

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** The first `maxBytes` bytes of `text` in UTF-8, never splitting a character. */
const cutBytes = (text: string, maxBytes: number): string => {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  let end = Math.max(0, maxBytes);
  // Step back over continuation bytes (10xxxxxx) so the cut falls on a character boundary.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return bytes.subarray(0, end).toString('utf8');
};

/**
 * An SNS message body that fits in 256 KB together with `reservedBytes` (the message attributes). A longer body is
 * cut and ends with a note saying it was truncated.
 */
export const fitSnsMessage = (body: string, reservedBytes = 0): string => {
  const budget = SNS_MESSAGE_LIMIT_BYTES - reservedBytes;
  if (utf8Bytes(body) <= budget) return body;
  const note = '\n\n[Truncated by Bedrock Ops Alert: the message exceeded the 256 KB SNS limit.]';
  return cutBytes(body, budget - utf8Bytes(note)).trimEnd() + note;
};

/** Bytes SNS counts for message attributes: each name, data type and value. */
export const snsAttributesBytes = (attributes: Readonly<Record<string, { DataType: string; StringValue?: string }>>): number =>
  Object.entries(attributes).reduce((sum, [name, value]) => sum + utf8Bytes(name) + utf8Bytes(value.DataType) + utf8Bytes(value.StringValue ?? ''), 0);
