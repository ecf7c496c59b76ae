/**
 * EventBridge event pattern matching, as the service documents it ("Amazon EventBridge event patterns"): every field
 * of the pattern must match; a leaf is a list of alternatives (any one matches); an event array matches when any of
 * its elements does. Filters: exact values (string, number, null, boolean), `prefix`, `suffix`, `anything-but`
 * (values, or a `prefix`/`suffix`), `exists`, `numeric` (comparisons and ranges), `equals-ignore-case`, `wildcard`.
 * A filter this matcher does not know throws: a pattern must never match by accident.
 */
import { OpsAlertError } from '#core/errors.js';

export class UnsupportedEventPatternError extends OpsAlertError {
  override name = 'UnsupportedEventPatternError';
}

type Pattern = Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const numericMatches = (conditions: unknown[], value: unknown): boolean => {
  if (typeof value !== 'number') return false;
  for (let i = 0; i < conditions.length; i += 2) {
    const op = conditions[i];
    const bound = conditions[i + 1];
    if (typeof bound !== 'number') throw new UnsupportedEventPatternError(`numeric filter: ${JSON.stringify(conditions)}`);
    const ok = op === '=' ? value === bound : op === '<' ? value < bound : op === '<=' ? value <= bound : op === '>' ? value > bound : op === '>=' ? value >= bound : undefined;
    if (ok === undefined) throw new UnsupportedEventPatternError(`numeric operator ${String(op)}`);
    if (!ok) return false;
  }
  return true;
};

const wildcardMatches = (pattern: string, value: string): boolean =>
  new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's').test(value);

/** One alternative of a leaf against one (non-array) value; `present` = the field exists in the event. */
const alternativeMatches = (alternative: unknown, value: unknown, present: boolean): boolean => {
  if (!isObject(alternative)) return present && alternative === value;
  const entries = Object.entries(alternative);
  if (entries.length !== 1) throw new UnsupportedEventPatternError(`content filter ${JSON.stringify(alternative)}`);
  const [filter, arg] = entries[0]!;
  switch (filter) {
    case 'exists':
      return arg === present;
    case 'prefix':
      if (isObject(arg) && typeof arg['equals-ignore-case'] === 'string') return present && typeof value === 'string' && value.toLowerCase().startsWith(arg['equals-ignore-case'].toLowerCase());
      return present && typeof value === 'string' && typeof arg === 'string' && value.startsWith(arg);
    case 'suffix':
      if (isObject(arg) && typeof arg['equals-ignore-case'] === 'string') return present && typeof value === 'string' && value.toLowerCase().endsWith(arg['equals-ignore-case'].toLowerCase());
      return present && typeof value === 'string' && typeof arg === 'string' && value.endsWith(arg);
    case 'equals-ignore-case':
      return present && typeof value === 'string' && typeof arg === 'string' && value.toLowerCase() === arg.toLowerCase();
    case 'wildcard':
      return present && typeof value === 'string' && typeof arg === 'string' && wildcardMatches(arg, value);
    case 'numeric':
      return present && Array.isArray(arg) && numericMatches(arg, value);
    case 'anything-but': {
      // anything-but matches only fields that exist.
      if (!present) return false;
      if (isObject(arg)) return !alternativeMatches(arg, value, present);
      const excluded = Array.isArray(arg) ? arg : [arg];
      return !excluded.includes(value as never);
    }
    case 'cidr':
    default:
      throw new UnsupportedEventPatternError(`EventBridge filter '${filter}' is not supported by the local matcher`);
  }
};

const leafMatches = (alternatives: unknown[], value: unknown, present: boolean): boolean => {
  if (Array.isArray(value)) {
    // exists:false on an array field: the field exists. Otherwise any element may match.
    if (value.length === 0) return alternatives.some((a) => isObject(a) && 'exists' in a && a.exists === true);
    return alternatives.some((a) => (isObject(a) && 'exists' in a ? a.exists === true : value.some((v) => alternativeMatches(a, v, true))));
  }
  return alternatives.some((a) => alternativeMatches(a, value, present));
};

/** Does `event` match `pattern`? */
export const matchesEventPattern = (pattern: Pattern, event: unknown): boolean => {
  const object = isObject(event) ? event : {};
  for (const [key, expected] of Object.entries(pattern)) {
    if (key === '$or') {
      if (!Array.isArray(expected)) throw new UnsupportedEventPatternError('$or must be a list of patterns');
      if (!expected.some((p) => matchesEventPattern(p as Pattern, event))) return false;
      continue;
    }
    const present = Object.prototype.hasOwnProperty.call(object, key);
    const value = object[key];
    if (Array.isArray(expected)) {
      if (!leafMatches(expected, value, present && value !== undefined)) return false;
    } else if (isObject(expected)) {
      if (!present || !isObject(value)) {
        // A nested pattern on a missing object can only match through exists:false leaves.
        if (!matchesEventPattern(expected, {})) return false;
        continue;
      }
      if (!matchesEventPattern(expected, value)) return false;
    } else {
      throw new UnsupportedEventPatternError(`pattern field '${key}' must be a list or an object`);
    }
  }
  return true;
};
