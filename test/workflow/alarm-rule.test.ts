/** The alarm rule's pattern, as the local simulation applies it: one execution per child ALARM transition of this account. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '#local/project-root.js';
import { alarmRulePattern, matchesEventPattern } from '#workflow/alarm-rule.js';

const sample = (file: string): Record<string, unknown> & { account: string; detail: { alarmName: string; state: { value: string } } } =>
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events', file), 'utf8'));
const child = sample('metric-alarm-state-change.json');
const composite = sample('composite-alarm-state-change.json');
const prefix = `${child.detail.alarmName.split('-Bedrock-')[0]}-Bedrock-`;
const pattern = alarmRulePattern({ alarmNamePrefix: prefix, account: child.account });

describe('alarm rule pattern', () => {
  it('matches a child alarm going into ALARM in this account', () => {
    expect(matchesEventPattern(pattern, child)).toBe(true);
  });

  it.each([
    ['the composite alarm', { ...composite, account: child.account }],
    ['an OK transition', { ...child, detail: { ...child.detail, state: { ...child.detail.state, value: 'OK' } } }],
    ['INSUFFICIENT_DATA', { ...child, detail: { ...child.detail, state: { ...child.detail.state, value: 'INSUFFICIENT_DATA' } } }],
    ['another account', { ...child, account: '999999999999' }],
    ['another deployment\'s alarm', { ...child, detail: { ...child.detail, alarmName: 'Other-Bedrock-Throttles-Critical-M' } }],
    ['a configuration change', { ...child, 'detail-type': 'CloudWatch Alarm Configuration Change' }],
    ['not an event', 'x'],
  ])('does not match %s', (_what, event) => {
    expect(matchesEventPattern(pattern, event)).toBe(false);
  });
});
