/**
 * The case ledger in process, for the local runtime: the DynamoDB adapter's conditions on a Map. Each operation
 * reads and writes its item without yielding, so it is atomic as a conditional write is; a failed condition throws
 * an error shaped as DynamoDB's ConditionalCheckFailedException (its name, a client fault) where the DynamoDB adapter
 * lets that through: its own class, so that the local runtime does not load the DynamoDB client (~0.3 s of CPU per
 * test file). Items are copied in and out.
 * One contract test runs against both (test/adapters/ledger-contract.test.ts).
 */
import type { CoolDownRecord, FoldedTransition } from '#core/cool-down.js';
import { PENDING_CASE_PREFIX, type CaseLedgerPort, type ClaimResult, type FailureNote, type LedgerEntry } from '#ports/index.js';

interface FailureWindow {
  owner: string;
  windowStart: string;
  folded: Set<string>;
  firstFoldedAt?: string;
  carried: number;
  carriedSince?: string;
}

interface Item {
  status?: string;
  /** A notification note: the attempt that began it */
  attempt?: string;
  caseId?: string;
  displayId?: string;
  subject?: string;
  caseType?: string;
  createdAt?: string;
  execution?: string;
  /** The pending claim this case was opened for (set by complete): a retry of that claim's execution adopts it. */
  openedFor?: string;
  communicated?: Set<string>;
  appending?: Set<string>;
}

/** What the DynamoDB client throws when a write's condition fails: matched by its name, as the adapter's callers do. */
export class ConditionalCheckFailedException extends Error {
  override readonly name = 'ConditionalCheckFailedException';
  readonly $fault = 'client';
  readonly $metadata = {};
}

const conditionFailed = (operation: string, key: string): ConditionalCheckFailedException =>
  new ConditionalCheckFailedException(`The conditional request failed (${operation} ${key})`);

export class InMemoryCaseLedger implements CaseLedgerPort {
  private readonly items = new Map<string, Item>();
  private readonly failures = new Map<string, FailureWindow>();
  private readonly coolDowns = new Map<string, CoolDownRecord>();

  async get(key: string): Promise<LedgerEntry | undefined> {
    const item = this.items.get(key);
    return item && item.status === 'open' ? toEntry(key, item) : undefined;
  }

  async claim(entry: LedgerEntry, staleBefore?: Date, abandonedCaseId?: string): Promise<ClaimResult> {
    const old = this.items.get(entry.key);
    // 1. The holder claims again (a retry): only adds the communicated transitions; nothing else changes.
    if (old?.status === 'open' && old.caseId === entry.caseId) {
      if (entry.communicated.length > 0) old.communicated = new Set([...(old.communicated ?? []), ...entry.communicated]);
      return { claimed: true, entry: toEntry(entry.key, old), reclaimed: true };
    }
    // 2. Free, closed, or a pending claim that was abandoned (older than staleBefore, or the one the caller names).
    const stale = (staleBefore ?? new Date(0)).toISOString();
    const pending = old?.caseId?.startsWith(PENDING_CASE_PREFIX) === true;
    const free = !old || old.status !== 'open'
      || (pending && ((old.createdAt !== undefined && old.createdAt < stale) || old.caseId === (abandonedCaseId ?? '')));
    if (!free) return { claimed: false, entry: toEntry(entry.key, old), reclaimed: false };
    // Everything of the previous holder is replaced (the append in progress too).
    this.items.set(entry.key, {
      status: 'open', caseId: entry.caseId, displayId: entry.displayId, subject: entry.subject, caseType: entry.caseType, createdAt: entry.createdAt,
      ...(entry.communicated.length > 0 ? { communicated: new Set(entry.communicated) } : {}),
      ...(entry.execution ? { execution: entry.execution } : {}),
    });
    const replaced = old?.status === 'open' && pending ? toEntry(entry.key, old) : undefined;
    return { claimed: true, entry: copy(entry), reclaimed: false, ...(replaced ? { replaced } : {}) };
  }

  async complete(pendingCaseId: string, entry: LedgerEntry): Promise<void> {
    const item = this.items.get(entry.key);
    if (!item || item.caseId !== pendingCaseId || item.status !== 'open') throw conditionFailed('complete', entry.key);
    Object.assign(item, { caseId: entry.caseId, displayId: entry.displayId, subject: entry.subject, createdAt: entry.createdAt, openedFor: pendingCaseId });
    if (entry.communicated.length > 0) item.communicated = new Set([...(item.communicated ?? []), ...entry.communicated]);
  }

  async beginAppend(key: string, appendId: string): Promise<{ firstAttempt: boolean }> {
    const item = this.items.get(key);
    if (!item) throw conditionFailed('beginAppend', key);
    const firstAttempt = !item.appending?.has(appendId);
    item.appending = new Set([...(item.appending ?? []), appendId]);
    return { firstAttempt };
  }

  async markCommunicated(key: string, transitionIds: readonly string[], appendId?: string): Promise<string[]> {
    if (transitionIds.length === 0 && !appendId) return [];
    const item = this.items.get(key);
    if (!item) throw conditionFailed('markCommunicated', key);
    const before = item.communicated ?? new Set<string>();
    if (transitionIds.length > 0) item.communicated = new Set([...before, ...transitionIds]);
    if (appendId && item.appending) {
      item.appending.delete(appendId);
      // DynamoDB removes a set that becomes empty.
      if (item.appending.size === 0) delete item.appending;
    }
    return transitionIds.filter((id) => !before.has(id));
  }

  async beginNotification(id: string, attempt?: string): Promise<'first' | 'sent' | 'unknown'> {
    const key = `notification#${id}`;
    const item = this.items.get(key);
    if (!item) {
      this.items.set(key, { status: 'sending', ...(attempt ? { attempt } : {}) });
      return 'first';
    }
    return item.status === 'sent' ? 'sent' : 'unknown';
  }

  async withdrawNotification(id: string, attempt: string): Promise<void> {
    const key = `notification#${id}`;
    const item = this.items.get(key);
    if (item?.status === 'sending' && item.attempt === attempt) this.items.delete(key);
  }

  async endNotification(id: string, outcome: 'sent' | 'failed'): Promise<void> {
    const key = `notification#${id}`;
    if (outcome === 'failed') {
      this.items.delete(key);
      return;
    }
    // UpdateItem without a condition: creates the item if it is gone.
    this.items.set(key, { ...(this.items.get(key) ?? {}), status: 'sent' });
  }

  async noteFailure(cause: string, failureId: string, at: string, windowSeconds: number): Promise<FailureNote> {
    const window = this.failures.get(cause);
    if (window?.owner === failureId) return { send: true, folded: window.carried, ...(window.carriedSince ? { since: window.carriedSince } : {}) };
    if (window && Date.parse(at) < Date.parse(window.windowStart) + windowSeconds * 1000) {
      window.folded.add(failureId);
      window.firstFoldedAt ??= at;
      return { send: false, windowStartedAt: window.windowStart };
    }
    const carried = window?.folded.size ?? 0;
    const carriedSince = window?.firstFoldedAt;
    this.failures.set(cause, { owner: failureId, windowStart: at, folded: new Set(), carried, ...(carriedSince ? { carriedSince } : {}) });
    return { send: true, folded: carried, ...(carriedSince ? { since: carriedSince } : {}) };
  }

  async release(key: string, caseId: string): Promise<void> {
    const item = this.items.get(key);
    // Another execution already replaced the entry with a newer case: nothing to release.
    if (item?.caseId === caseId) item.status = 'closed';
  }

  async getCoolDown(key: string): Promise<CoolDownRecord | undefined> {
    const record = this.coolDowns.get(key);
    return record ? (JSON.parse(JSON.stringify(record)) as CoolDownRecord) : undefined;
  }

  async putCoolDown(record: CoolDownRecord, foldWrites: number): Promise<boolean> {
    const stored = this.coolDowns.get(record.key);
    if ((stored?.version ?? 0) !== record.version - 1 || (stored?.foldWrites ?? 0) !== foldWrites) return false;
    const { foldWrites: _read, ...whole } = record;
    this.coolDowns.set(record.key, JSON.parse(JSON.stringify(whole)) as CoolDownRecord);
    return true;
  }

  async foldCoolDown(key: string, version: number, folded: readonly FoldedTransition[]): Promise<boolean> {
    const stored = this.coolDowns.get(key);
    if (!stored || stored.version !== version) return false;
    const known = new Set(stored.folded.map((f) => f.id));
    const added = folded.filter((f) => !known.has(f.id)).map((f) => ({ ...f }));
    stored.folded = [...stored.folded, ...added].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    stored.foldWrites = (stored.foldWrites ?? 0) + 1;
    return true;
  }
}

const copy = (entry: LedgerEntry): LedgerEntry => ({ ...entry, communicated: [...entry.communicated] });

const toEntry = (key: string, item: Item): LedgerEntry => ({
  key, caseId: item.caseId ?? '', displayId: item.displayId ?? '', subject: item.subject ?? '', caseType: item.caseType ?? '',
  createdAt: item.createdAt ?? '', communicated: [...(item.communicated ?? [])], ...(item.execution ? { execution: item.execution } : {}),
  ...(item.openedFor ? { openedFor: item.openedFor } : {}),
});
