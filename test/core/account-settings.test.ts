/**
 * Organization mode, per-account settings in the one settings document: precedence (account > OU > document-wide),
 * refusals with the JSON path, the incident's account in the effective settings, the Support plan honoured (no
 * Support call for a basic account), and the subscribers that follow some accounts only (SNS filter policy, honoured
 * by the sandbox as SNS would).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { SandboxAccount } from '#adapters/sandbox/account.js';
import { settingsOfAccount, type CaseAutomationSettings } from '#core/account-settings.js';
import { InvalidSettingsError } from '#core/errors.js';
import type { NotificationMessage } from '#core/model.js';
import { filterPolicyMatches, recipientsOf, subscriptionFilterPolicy } from '#core/subscription-filter.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { findOpenCaseStep } from '#steps/cases.js';
import { resolveChildAlarms } from '#steps/resolve.js';
import type { Ports } from '#ports/index.js';
import type { Scenario } from '#types/generated/scenario.js';
import { resolveSettingsDocument, settingsForModel } from '#workflow/settings.js';

const PAYMENTS = '222222222222';
const SEARCH = '333333333333';
const SANDBOX = '444444444444';
const OTHER = '555555555555';

const DEFAULTS: CaseAutomationSettings = {
  enabled: true, lookbackDays: 60, severity: { CRITICAL: 'high', WARNING: 'normal' }, ccEmailAddresses: [],
  useCaseDescription: 'Document-wide use case.', language: 'en', fallbackToSupportCase: true,
};

const document = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  customerName: 'Acme',
  models: [{ name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1' }],
  caseAutomation: { useCaseDescription: 'Document-wide use case.' },
  organizationalUnits: {
    'ou-ab12-11111111': { name: 'Production', accounts: [PAYMENTS, SEARCH], supportPlan: 'business', caseAutomation: { severity: { CRITICAL: 'urgent' }, useCaseDescription: 'Production use case.' } },
    'ou-ab12-22222222': { accounts: [SANDBOX], supportPlan: 'basic' },
  },
  accounts: {
    [PAYMENTS]: { name: 'Payments-Prod', supportPlan: 'enterprise', caseAutomation: { severity: { WARNING: 'high' }, useCaseDescription: 'Payments use case.' } },
  },
  ...extra,
});

describe('settingsOfAccount (pure)', () => {
  const layers = document() as Parameters<typeof settingsOfAccount>[1];

  it('takes the account\'s own value over its OU\'s, and the OU\'s over the document-wide one, key by key', () => {
    const { caseAutomation, account } = settingsOfAccount({ caseAutomation: DEFAULTS }, layers, PAYMENTS);
    // Own WARNING, the OU's CRITICAL, own use case, the document's lookback.
    expect(caseAutomation.severity).toEqual({ CRITICAL: 'urgent', WARNING: 'high' });
    expect(caseAutomation.useCaseDescription).toBe('Payments use case.');
    expect(caseAutomation.lookbackDays).toBe(60);
    expect(account).toEqual({ id: PAYMENTS, name: 'Payments-Prod', supportPlan: 'enterprise', organizationalUnit: 'ou-ab12-11111111' });
  });

  it('gives an OU member without an entry of its own the OU\'s settings', () => {
    const { caseAutomation, account } = settingsOfAccount({ caseAutomation: DEFAULTS }, layers, SEARCH);
    expect(caseAutomation.severity).toEqual({ CRITICAL: 'urgent', WARNING: 'normal' });
    expect(caseAutomation.useCaseDescription).toBe('Production use case.');
    expect(account).toEqual({ id: SEARCH, supportPlan: 'business', organizationalUnit: 'ou-ab12-11111111' });
  });

  it('gives an account in no OU and without an entry the document-wide settings', () => {
    const { caseAutomation, account } = settingsOfAccount({ caseAutomation: DEFAULTS }, layers, OTHER);
    expect(caseAutomation).toEqual(DEFAULTS);
    expect(account).toEqual({ id: OTHER });
  });
});

describe('the settings document with accounts and OUs', () => {
  it('gives each incident the settings of its account', () => {
    const doc = resolveSettingsDocument(document());
    expect(settingsForModel(doc, 'G-Opus-4-6', SANDBOX)?.account).toEqual({ id: SANDBOX, supportPlan: 'basic', organizationalUnit: 'ou-ab12-22222222' });
    expect(settingsForModel(doc, 'G-Opus-4-6', PAYMENTS)?.caseAutomation.useCaseDescription).toBe('Payments use case.');
    // Without an account (single-account callers): the document-wide values, no account.
    const wide = settingsForModel(doc, 'G-Opus-4-6');
    expect(wide?.caseAutomation.useCaseDescription).toBe('Document-wide use case.');
    expect(wide?.account).toBeUndefined();
    expect(wide).not.toHaveProperty('accounts');
  });

  it.each([
    ['an unknown key in an account entry', { accounts: { [PAYMENTS]: { caseAutomation: { severty: {} } } } }, /settings\/accounts\/222222222222\/caseAutomation.*severty/],
    ['an unknown key in an OU entry', { organizationalUnits: { 'ou-ab12-11111111': { accounts: [PAYMENTS], plan: 'basic' } } }, /settings\/organizationalUnits\/ou-ab12-11111111.*plan/],
    ['an OU entry without its accounts', { organizationalUnits: { 'ou-ab12-11111111': { supportPlan: 'basic' } } }, /settings\/organizationalUnits\/ou-ab12-11111111.*accounts/],
    ['a malformed OU id', { organizationalUnits: { 'production': { accounts: [PAYMENTS] } } }, /settings\/organizationalUnits.*production/],
    ['an account listed by two OUs', { organizationalUnits: { 'ou-ab12-11111111': { accounts: [PAYMENTS] }, 'ou-ab12-22222222': { accounts: [SEARCH, PAYMENTS] } } },
      /settings\/organizationalUnits\/ou-ab12-22222222\/accounts\/1: account 222222222222 is already listed by ou-ab12-11111111/],
  ])('refuses %s with an InvalidSettingsError naming the path', (_what, extra, message) => {
    const attempt = (): unknown => resolveSettingsDocument(document(extra));
    expect(attempt).toThrow(InvalidSettingsError);
    expect(attempt).toThrow(message);
  });
});

describe('the steps use the settings of the incident\'s account', () => {
  const event = (account: string): Record<string, unknown> => ({
    ...(JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events/metric-alarm-state-change.json'), 'utf8')) as Record<string, unknown>),
    account,
  });
  const execution = { id: 'arn:aws:states:us-east-1:111111111111:execution:sm:x', name: 'x', startedAt: '2026-06-01T10:00:01.000Z' };

  it('ResolveChildAlarms carries the account\'s effective settings', async () => {
    const out = await resolveChildAlarms({ event: event(PAYMENTS), execution }, { alarms: { describeAlarms: async () => [] }, settings: { loadDocument: async () => document() } });
    expect(out.status === 'incident' && out.settings.caseAutomation.severity).toEqual({ CRITICAL: 'urgent', WARNING: 'high' });
    expect(out.status === 'incident' && out.settings.account?.name).toBe('Payments-Prod');
  });

  it('FindOpenCase makes no Support call for an account whose plan has no Support API', async () => {
    const out = await resolveChildAlarms({ event: event(SANDBOX), execution }, { alarms: { describeAlarms: async () => [] }, settings: { loadDocument: async () => document() } });
    if (out.status !== 'incident') throw new Error('expected an incident');
    const supportCalls: string[] = [];
    const refuse = (name: string) => async (): Promise<never> => { supportCalls.push(name); throw new Error(`Support ${name} called`); };
    const ports = {
      cases: { listOpenCases: refuse('DescribeCases'), getCase: refuse('DescribeCases'), createCase: refuse('CreateCase'), addCommunication: refuse('AddCommunicationToCase') },
      ledger: { get: async () => undefined, release: async () => undefined, claim: refuse('ledger'), getCoolDown: async () => undefined, putCoolDown: async () => true, foldCoolDown: async () => true },
      clock: { now: () => new Date('2026-06-01T10:01:00Z') },
      executions: { isFinished: async () => true },
    } as unknown as Pick<Ports, 'cases' | 'ledger' | 'clock' | 'executions'>;
    const classification = { severity: 'CRITICAL', category: 'non_quota', caseType: 'Investigation Request', quotasConcerned: [], alarms: out.incident.alarms, incidentKey: 'k' };
    const lookup = await findOpenCaseStep({ execution, settings: out.settings, incident: out.incident, classification, facts: {}, decision: {} } as never, ports);
    expect(lookup).toMatchObject({ found: false, supportPlan: false });
    expect(supportCalls).toEqual([]);
  });
});

describe('subscribers that follow some accounts (SNS filter policy on the account attribute)', () => {
  it('builds the policy from the preference and the accounts, and matches as SNS does', () => {
    expect(subscriptionFilterPolicy({ preference: 'all' })).toBeUndefined();
    expect(subscriptionFilterPolicy({ preference: 'critical', accounts: [PAYMENTS] })).toEqual({ severity: ['CRITICAL'], account: [PAYMENTS] });
    const policy = subscriptionFilterPolicy({ preference: 'all', accounts: [PAYMENTS, SEARCH] });
    expect(filterPolicyMatches(policy, { severity: 'WARNING', account: SEARCH })).toBe(true);
    expect(filterPolicyMatches(policy, { severity: 'WARNING', account: SANDBOX })).toBe(false);
    // A message without the attribute does not reach a filtered subscription.
    expect(filterPolicyMatches(policy, { severity: 'WARNING' })).toBe(false);
  });

  it('the sandbox delivers each account\'s e-mails to its followers only', () => {
    const sandbox = new SandboxAccount({
      customerName: 'Acme',
      models: [{ name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1', quotas: { tpm: 6_250_000 } }],
      subscribers: [
        { email: 'oncall@example.com', preference: 'all' },
        { email: 'payments@example.com', preference: 'all', accounts: [PAYMENTS] },
        { email: 'search-critical@example.com', preference: 'critical', accounts: [SEARCH] },
      ],
      events: [{ model: 'G-Opus-4-6', alarms: ['Throttles'], at: '2026-06-01T10:00:00Z' }],
    } as Scenario);
    const message = (account: string, severity: 'CRITICAL' | 'WARNING'): NotificationMessage => ({
      subject: `${severity} ${account}`, body: 'b', attributes: { severity, caseType: 'Investigation Request', scenario: 'non_quota', model: 'G-Opus-4-6', account },
    });
    for (const [account, severity] of [[PAYMENTS, 'WARNING'], [SEARCH, 'WARNING'], [SEARCH, 'CRITICAL'], [SANDBOX, 'CRITICAL']] as const) sandbox.publish(message(account, severity));
    const inbox = (address: string): string[] => sandbox.emails.filter((e) => e.recipients.includes(address)).map((e) => e.subject);
    expect(inbox('oncall@example.com')).toEqual([`WARNING ${PAYMENTS}`, `WARNING ${SEARCH}`, `CRITICAL ${SEARCH}`, `CRITICAL ${SANDBOX}`]);
    expect(inbox('payments@example.com')).toEqual([`WARNING ${PAYMENTS}`]);
    expect(inbox('search-critical@example.com')).toEqual([`CRITICAL ${SEARCH}`]);
  });

  it('recipientsOf keeps the subscriber objects', () => {
    const subscribers = [{ email: 'a', preference: 'all' as const, accounts: [PAYMENTS] }, { email: 'b', preference: 'warning' as const }];
    expect(recipientsOf(subscribers, { severity: 'WARNING', account: SEARCH }).map((s) => s.email)).toEqual(['b']);
  });
});
