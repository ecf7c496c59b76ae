/**
 * Storm control of the incidents: one flapping model must not flood the on-call or its case. Per (account, Region,
 * model, category) — the case ledger's key — a send (an e-mail and a case append) opens a cool-down window; within
 * it a repeated incident with nothing new is folded (recorded, not sent), and the next send lists what was folded.
 * Anything new goes out at once: another case, an alarm kind not reported by the last send, a higher severity (another
 * category is another key). The case a concurrent send is opening is not another case: incidents that looked for the
 * case before it existed fold into that send's window. The folding execution waits for the end of the window and decides again, so the folded
 * transitions of a storm's last window go out even when no further incident comes.
 *
 * Pure: the caller reads the record and asks `decideCoolDown`. A send writes `next` whole with a conditional write on
 * the record's version and fold count (CaseLedgerPort.putCoolDown); a fold adds its transitions only
 * (CaseLedgerPort.foldCoolDown), so folds never conflict with each other. Either way, when another execution's send
 * landed first, the caller reads and decides again.
 */
import type { AlarmKind } from './catalogue.js';
import type { Severity } from './model.js';
import { oneLine } from './plain-text.js';

/** A transition folded into the cool-down (not sent when it happened). */
export interface FoldedTransition {
  /** Transition id (alarm ARN + state timestamp), as the case ledger records it */
  id: string;
  kind: AlarmKind;
  /** ISO-8601 time the alarm entered ALARM */
  at: string;
}

/** The last send of a key: what it reported, and what it carried from the window before. */
export interface CoolDownSend {
  /** ISO-8601 time of the decision to send: the window runs from here */
  at: string;
  /** The execution that sends (its retries and its own re-evaluation find it here) */
  owner: string;
  /** The case it reported on; null when the send opens a case (the case created after `at` is that one) */
  caseId: string | null;
  /** Every alarm kind the send reported (in ALARM at the time) */
  kinds: AlarmKind[];
  severity: Severity;
  /** Its own new transitions and the folded ones it carried: a folded execution finds itself covered here */
  transitions: string[];
  /** The folded transitions it carried (its retries carry the same) */
  carried: FoldedTransition[];
}

/**
 * The cool-down record of one ledger key. `version` increases with every send (the conditional write's check); folds
 * do not change it: concurrent folds add their transitions without conflicting (CaseLedgerPort.foldCoolDown), so a
 * burst of repeated incidents does not queue on one record.
 */
export interface CoolDownRecord {
  key: string;
  version: number;
  lastSent?: CoolDownSend;
  /** Folded since lastSent, oldest first */
  folded: FoldedTransition[];
  /**
   * How many fold writes the ledger took since lastSent (as read; absent: none). A send is written only if it is
   * unchanged, so a fold that lands between the read and the send is never dropped: the sender reads and decides again.
   */
  foldWrites?: number;
}

/** One incident as the cool-down sees it (after FindOpenCase: its open case and the transitions new for it). */
export interface CoolDownIncident {
  /** The execution asking */
  owner: string;
  /** ISO-8601: the decision's time (the execution's clock) */
  now: string;
  /** The open case of the key, if any, and when it was opened */
  openCase: { caseId: string; createdAt: string } | undefined;
  /**
   * The case the ledger held for the key and the lookup found closed (resolved in Support) and released, if any. With
   * no open case, it tells a case that is over (a new case: send) from a case a concurrent send is opening (fold).
   */
  closedCase?: { caseId: string; createdAt: string };
  severity: Severity;
  /** Every alarm kind in ALARM now (what the e-mail lists) */
  kinds: AlarmKind[];
  /** The transitions not yet communicated on the open case (all of them when there is none) */
  newTransitions: FoldedTransition[];
}

export type CoolDownDecision =
  /** Send now, listing `carried` too; write `next` (undefined: nothing to write, e.g. the cool-down is off or a retry). */
  | { action: 'send'; carried: FoldedTransition[]; next: CoolDownRecord | undefined; why: string }
  /** Record the fold (write `next`), send nothing, and decide again at `until` (the end of the window). */
  | { action: 'fold'; until: string; windowStartedAt: string; next: CoolDownRecord | undefined; why: string }
  /** Every new transition went out with the send of `by` (it carried them): nothing to send, nothing to write. */
  | { action: 'covered'; by: string; sentAt: string; why: string };

const SEVERITY_RANK: Record<Severity, number> = { WARNING: 0, CRITICAL: 1 };

const byTime = (a: FoldedTransition, b: FoldedTransition): number => a.at.localeCompare(b.at) || a.id.localeCompare(b.id);

/** The earliest `windowMinutes` after `at`, as ISO-8601. */
export const coolDownEnd = (at: string, windowMinutes: number): string => new Date(Date.parse(at) + windowMinutes * 60_000).toISOString();

/**
 * Fold or send. `windowMinutes` 0 turns the cool-down off (always send, nothing recorded).
 * Rules, in order: a retry of the last sender sends again what it carried; transitions all carried by the last send
 * are covered; within the window, the same case, no new alarm kind and no higher severity fold; anything else sends
 * and carries everything folded so far.
 */
export const decideCoolDown = (record: CoolDownRecord | undefined, incident: CoolDownIncident, windowMinutes: number, key: string): CoolDownDecision => {
  if (windowMinutes <= 0) return { action: 'send', carried: [], next: undefined, why: 'cool-down off' };
  const current: CoolDownRecord = record ?? { key, version: 0, folded: [] };
  const last = current.lastSent;
  if (last?.owner === incident.owner) return { action: 'send', carried: last.carried, next: undefined, why: 'this execution is the last sender (a retry)' };
  const sentWith = new Set(last?.transitions ?? []);
  if (last && incident.newTransitions.length > 0 && incident.newTransitions.every((t) => sentWith.has(t.id))) {
    return { action: 'covered', by: last.owner, sentAt: last.at, why: 'its transitions went out with the last send' };
  }
  const reasonToSend = last ? somethingNew(last, incident, windowMinutes) : 'the first incident of this case and category';
  if (reasonToSend === undefined && last) {
    const known = new Set(current.folded.map((f) => f.id));
    const added = incident.newTransitions.filter((t) => !known.has(t.id));
    const until = coolDownEnd(last.at, windowMinutes);
    // A fold adds transitions at the same version (only sends move it): see CaseLedgerPort.foldCoolDown.
    const next = added.length > 0 ? { ...current, folded: [...current.folded, ...added].sort(byTime) } : undefined;
    return { action: 'fold', until, windowStartedAt: last.at, next, why: `nothing new within the cool-down (until ${until})` };
  }
  const own = new Set(incident.newTransitions.map((t) => t.id));
  const carried = current.folded.filter((f) => !own.has(f.id));
  const send: CoolDownSend = {
    at: incident.now, owner: incident.owner, caseId: incident.openCase?.caseId ?? null, kinds: [...incident.kinds].sort(), severity: incident.severity,
    transitions: [...new Set([...incident.newTransitions.map((t) => t.id), ...carried.map((f) => f.id)])], carried,
  };
  return { action: 'send', carried, next: { key: current.key, version: current.version + 1, lastSent: send, folded: [] }, why: reasonToSend ?? 'something new' };
};

/** Why the incident must go out at once despite the window (undefined: nothing new, fold). */
const somethingNew = (last: CoolDownSend, incident: CoolDownIncident, windowMinutes: number): string | undefined => {
  if (Date.parse(incident.now) >= Date.parse(last.at) + windowMinutes * 60_000) return 'the cool-down window is over';
  if (!incident.openCase) {
    // The case the last send reported on is over: this incident opens a new one.
    if (last.caseId !== null) return 'a new case (the case of the last send is closed)';
    // The last send opens a case that this incident's lookup did not see yet (it ran before the case existed): that
    // case is this incident's case too, not another one; unless the lookup found the case that send opened closed.
    if (incident.closedCase && incident.closedCase.createdAt >= last.at) return 'a new case (the case the last send opened is closed)';
  }
  const sameCase = !incident.openCase || (last.caseId === null ? incident.openCase.createdAt >= last.at : last.caseId === incident.openCase.caseId);
  if (!sameCase) return 'another case';
  const reported = new Set(last.kinds);
  const newKinds = [...new Set(incident.newTransitions.map((t) => t.kind))].filter((k) => !reported.has(k));
  if (newKinds.length > 0) return `a new alarm kind (${newKinds.join(', ')})`;
  if (SEVERITY_RANK[incident.severity] > SEVERITY_RANK[last.severity]) return `a higher severity (${incident.severity})`;
  if (incident.newTransitions.length === 0) return 'nothing to fold';
  return undefined;
};

/** HH:MM UTC of an ISO time (the e-mail and the case state the zone). */
const clockTime = (iso: string): string => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? oneLine(iso, 40) : new Date(t).toISOString().slice(11, 16);
};

/** At most this many times are listed per alarm kind (the rest is counted): a case body has 8,000 characters. */
const LISTED_TIMES = 60;

/** An ISO time without milliseconds ("2026-06-01T10:02:00Z"), or the value as one line when it is no time. */
const isoSeconds = (iso: string): string => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? oneLine(iso, 40) : new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
};

/**
 * The lines that list what a send carries from the cool-down, one per alarm kind, oldest first, with every time:
 * "5 more transitions of Throttles since 10:02 UTC (last 10:41 UTC) at 2026-06-01T10:02:00Z, ...". Empty when
 * nothing was folded.
 */
export const foldedSummaryLines = (carried: readonly FoldedTransition[], windowMinutes: number): string[] => {
  if (carried.length === 0) return [];
  const perKind = new Map<string, FoldedTransition[]>();
  for (const t of [...carried].sort(byTime)) perKind.set(t.kind, [...(perKind.get(t.kind) ?? []), t]);
  const lines = [...perKind.entries()].map(([kind, list]) => {
    const first = list[0] as FoldedTransition;
    const last = list[list.length - 1] as FoldedTransition;
    const count = `${list.length} more transition${list.length === 1 ? '' : 's'} of ${oneLine(kind, 64)}`;
    const times = list.slice(0, LISTED_TIMES).map((t) => isoSeconds(t.at)).join(', ');
    const rest = list.length > LISTED_TIMES ? ` and ${list.length - LISTED_TIMES} more` : '';
    return `  - ${count} since ${clockTime(first.at)} UTC${list.length > 1 ? ` (last ${clockTime(last.at)} UTC)` : ''} at ${times}${rest}`;
  });
  return [
    `FOLDED DURING THE COOL-DOWN (${carried.length} repeated transition${carried.length === 1 ? '' : 's'} with nothing new, not sent one by one; window ${windowMinutes} min):`,
    ...lines,
  ];
};
