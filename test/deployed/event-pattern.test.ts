import { describe, expect, it } from '@jest/globals';
import { matchesEventPattern, UnsupportedEventPatternError } from '#workflow/event-pattern.js';

const event = {
  source: 'aws.cloudwatch', 'detail-type': 'CloudWatch Alarm State Change', account: '123456789012',
  detail: { alarmName: 'Acme-Bedrock-Throttles', state: { value: 'ALARM' }, count: 7, tags: ['a', 'b'] },
};

describe('EventBridge pattern matcher', () => {
  it('exact values, lists of alternatives and nesting', () => {
    expect(matchesEventPattern({ source: ['aws.cloudwatch'], detail: { state: { value: ['ALARM', 'OK'] } } }, event)).toBe(true);
    expect(matchesEventPattern({ source: ['aws.states'] }, event)).toBe(false);
    expect(matchesEventPattern({ detail: { state: { value: ['OK'] } } }, event)).toBe(false);
    expect(matchesEventPattern({ detail: { missing: { deeper: ['x'] } } }, event)).toBe(false);
  });
  it('prefix, suffix, anything-but, equals-ignore-case, wildcard', () => {
    expect(matchesEventPattern({ detail: { alarmName: [{ prefix: 'Acme-Bedrock-' }] } }, event)).toBe(true);
    expect(matchesEventPattern({ detail: { alarmName: [{ prefix: 'Other-' }] } }, event)).toBe(false);
    expect(matchesEventPattern({ detail: { alarmName: [{ suffix: '-Throttles' }] } }, event)).toBe(true);
    expect(matchesEventPattern({ detail: { state: { value: [{ 'anything-but': ['OK', 'INSUFFICIENT_DATA'] }] } } }, event)).toBe(true);
    expect(matchesEventPattern({ detail: { state: { value: [{ 'anything-but': 'ALARM' }] } } }, event)).toBe(false);
    expect(matchesEventPattern({ detail: { state: { value: [{ 'anything-but': { prefix: 'AL' } }] } } }, event)).toBe(false);
    // anything-but needs the field to exist
    expect(matchesEventPattern({ detail: { nothing: [{ 'anything-but': 'x' }] } }, event)).toBe(false);
    expect(matchesEventPattern({ detail: { state: { value: [{ 'equals-ignore-case': 'alarm' }] } } }, event)).toBe(true);
    expect(matchesEventPattern({ detail: { alarmName: [{ wildcard: 'Acme-*-Throttles' }] } }, event)).toBe(true);
  });
  it('exists, numeric and arrays', () => {
    expect(matchesEventPattern({ detail: { state: { actionsSuppressedBy: [{ exists: false }] } } }, event)).toBe(true);
    expect(matchesEventPattern({ detail: { state: { value: [{ exists: false }] } } }, event)).toBe(false);
    expect(matchesEventPattern({ detail: { state: { value: [{ exists: true }] } } }, event)).toBe(true);
    expect(matchesEventPattern({ detail: { count: [{ numeric: ['>', 5, '<=', 7] }] } }, event)).toBe(true);
    expect(matchesEventPattern({ detail: { count: [{ numeric: ['<', 5] }] } }, event)).toBe(false);
    expect(matchesEventPattern({ detail: { tags: ['b'] } }, event)).toBe(true);
    expect(matchesEventPattern({ detail: { tags: ['c'] } }, event)).toBe(false);
  });
  it('$or, and an unknown filter fails loudly', () => {
    expect(matchesEventPattern({ $or: [{ source: ['x'] }, { account: ['123456789012'] }] }, event)).toBe(true);
    expect(() => matchesEventPattern({ detail: { alarmName: [{ 'not-a-filter': 1 }] } }, event)).toThrow(UnsupportedEventPatternError);
  });
});
