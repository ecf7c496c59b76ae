/**
 * The state graph of an ASL definition, and which parts of it one execution went through. Pure: no layout, no
 * I/O. The report lays this graph out once (graph-svg.ts) and draws it per execution with different highlights.
 */

export type EdgeKind = 'next' | 'choice' | 'default' | 'catch' | 'branch';

/** ASL state types, plus the synthetic nodes the drawing needs: the entry, the exit, and where branches meet. */
export type StateNodeType =
  | 'Task'
  | 'Choice'
  | 'Pass'
  | 'Wait'
  | 'Succeed'
  | 'Fail'
  | 'Parallel'
  | 'Map'
  | 'Start'
  | 'End'
  | 'Join';

export interface StateNode {
  /** Unique in the graph: the state name for states, `#start`, `#end`, `#join:<Parallel or Map>` otherwise. */
  id: string;
  type: StateNodeType | string;
  label: string;
  /** The ASL state name; absent on synthetic nodes. Execution paths are matched on this, never on `id`. */
  state?: string;
  /** The group (branch of a Parallel, item processor of a Map) the node sits in; absent at the top level. */
  group?: string;
}

export interface StateEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** Short text drawn on the edge: a Choice rule, `default`, the caught errors. */
  label?: string;
}

/** A branch of a Parallel or the item processor of a Map: drawn as a box around its states. */
export interface StateGroup {
  id: string;
  label: string;
  /** The state (Parallel or Map) this group belongs to. */
  owner: string;
  /** The enclosing group, when the owner itself sits in one. */
  parent?: string;
}

export interface StateGraph {
  nodes: StateNode[];
  edges: StateEdge[];
  groups: StateGroup[];
}

export const START_ID = '#start';
export const END_ID = '#end';
const joinId = (owner: string): string => `#join:${owner}`;

interface AslStates {
  StartAt: string;
  States: Record<string, Record<string, unknown>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asStates = (value: unknown, where: string): AslStates => {
  if (!isRecord(value) || typeof value.StartAt !== 'string' || !isRecord(value.States)) {
    throw new TypeError(`${where}: expected an object with StartAt and States`);
  }
  for (const [name, state] of Object.entries(value.States)) {
    if (!isRecord(state)) throw new TypeError(`${where}: state "${name}" is not an object`);
  }
  return value as unknown as AslStates;
};

const LABEL_MAX = 26;
const shorten = (text: string): string => (text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text);

const OPERATORS: [suffix: string, symbol: string][] = [
  ['GreaterThanEquals', '>='],
  ['LessThanEquals', '<='],
  ['GreaterThan', '>'],
  ['LessThan', '<'],
  ['Equals', '=='],
  ['Matches', '~'],
];

/** A Choice rule in a few characters, so the drawing says why each branch is taken. */
export const describeChoiceRule = (rule: Record<string, unknown>): string => {
  if (typeof rule.Condition === 'string') return rule.Condition.replace(/^\s*\{%\s*|\s*%\}\s*$/g, ''); // JSONata
  if (Array.isArray(rule.And)) return rule.And.map((r) => (isRecord(r) ? describeChoiceRule(r) : '?')).join(' and ');
  if (Array.isArray(rule.Or)) return rule.Or.map((r) => (isRecord(r) ? describeChoiceRule(r) : '?')).join(' or ');
  if (isRecord(rule.Not)) return `not (${describeChoiceRule(rule.Not)})`;
  const variable = typeof rule.Variable === 'string' ? rule.Variable.replace(/^\$\./, '') : '?';
  for (const [key, value] of Object.entries(rule)) {
    if (key === 'Variable' || key === 'Next') continue;
    if (key.startsWith('Is')) return value === false ? `${variable} not ${key.slice(2).toLowerCase()}` : `${variable} ${key.slice(2).toLowerCase()}`;
    const operator = OPERATORS.find(([suffix]) => key.replace(/Path$/, '').endsWith(suffix));
    if (operator) {
      const operand = key.endsWith('Path') ? String(value).replace(/^\$\./, '') : JSON.stringify(value);
      return `${variable} ${operator[1]} ${operand}`;
    }
  }
  return variable;
};

/**
 * Walks an ASL definition into nodes and edges: Next, Choices[].Next, Default, Catch[].Next and End. Parallel
 * branches and Map item processors become groups; the Parallel/Map node fans out into them ('branch' edges) and
 * they meet again in a join node, from which the Parallel's own Next (or End) leaves. Succeed and Fail states lead
 * to the end node (or the join, inside a branch) so that every path visibly finishes.
 */
export const stateGraph = (definition: unknown): StateGraph => {
  const graph: StateGraph = { nodes: [], edges: [], groups: [] };
  const top = asStates(definition, 'definition');
  const usedIds = new Set<string>([START_ID, END_ID]);
  // State names are unique in a state machine, but nothing here should break if one is not: ids stay unique.
  const idFor = (name: string, group: string | undefined): string => {
    let id = usedIds.has(name) && group ? `${group}/${name}` : name;
    while (usedIds.has(id)) id = `${id}'`;
    usedIds.add(id);
    return id;
  };

  graph.nodes.push({ id: START_ID, type: 'Start', label: 'Start' });

  /** Adds one States block; returns the id of its StartAt state. `exit` is where End leads. */
  const walk = (block: AslStates, group: string | undefined, exit: string, where: string): string => {
    const ids = new Map<string, string>();
    for (const name of Object.keys(block.States)) ids.set(name, idFor(name, group));
    const target = (name: unknown, from: string): string => {
      const id = typeof name === 'string' ? ids.get(name) : undefined;
      if (id === undefined) throw new TypeError(`${where}: "${from}" goes to unknown state ${JSON.stringify(name)}`);
      return id;
    };

    for (const [name, state] of Object.entries(block.States)) {
      const id = ids.get(name) as string;
      const type = typeof state.Type === 'string' ? state.Type : 'Unknown';
      graph.nodes.push({ id, type, label: name, state: name, ...(group ? { group } : {}) });

      // A Parallel/Map's Next leaves from its join node, after the branches.
      let leavesFrom = id;
      if (type === 'Parallel' || type === 'Map') {
        const join = joinId(id);
        usedIds.add(join);
        const bodies: AslStates[] =
          type === 'Parallel'
            ? (Array.isArray(state.Branches) ? state.Branches : []).map((b, i) => asStates(b, `${name}.Branches[${i}]`))
            : [asStates(state.ItemProcessor ?? state.Iterator, `${name}.ItemProcessor`)];
        bodies.forEach((body, i) => {
          const groupId = type === 'Parallel' ? `#group:${id}:${i}` : `#group:${id}`;
          // The owner is drawn just above its groups, so the group label need not repeat its name.
          const label = type === 'Parallel' ? `branch ${i + 1}` : 'each item';
          graph.groups.push({ id: groupId, label, owner: id, ...(group ? { parent: group } : {}) });
          const first = walk(body, groupId, join, `${where}.${name}`);
          graph.edges.push({ from: id, to: first, kind: 'branch' });
        });
        graph.nodes.push({ id: join, type: 'Join', label: '', ...(group ? { group } : {}) });
        leavesFrom = join;
      }

      if (type === 'Choice') {
        const choices = Array.isArray(state.Choices) ? state.Choices : [];
        for (const rule of choices) {
          if (!isRecord(rule)) continue;
          graph.edges.push({ from: id, to: target(rule.Next, name), kind: 'choice', label: shorten(describeChoiceRule(rule)) });
        }
        if (state.Default !== undefined) graph.edges.push({ from: id, to: target(state.Default, name), kind: 'default', label: 'default' });
      } else if (typeof state.Next === 'string') {
        graph.edges.push({ from: leavesFrom, to: target(state.Next, name), kind: 'next' });
      } else if (state.End === true || type === 'Succeed') {
        graph.edges.push({ from: leavesFrom, to: exit, kind: 'next' });
      } else if (type === 'Fail' && group === undefined) {
        // A Fail inside a branch fails the Parallel (and goes wherever its Catch says), it does not join.
        graph.edges.push({ from: id, to: END_ID, kind: 'next' });
      }

      if (Array.isArray(state.Catch)) {
        for (const catcher of state.Catch) {
          if (!isRecord(catcher)) continue;
          const errors = Array.isArray(catcher.ErrorEquals) ? catcher.ErrorEquals.join(', ') : '';
          // "States.ALL" on every Task would only add noise (and width): the dashed line already says "on error".
          const label = errors === 'States.ALL' || errors === '' ? {} : { label: shorten(errors) };
          graph.edges.push({ from: id, to: target(catcher.Next, name), kind: 'catch', ...label });
        }
      }
    }
    return target(block.StartAt, 'StartAt');
  };

  const first = walk(top, undefined, END_ID, 'definition');
  graph.edges.unshift({ from: START_ID, to: first, kind: 'next' });
  graph.nodes.push({ id: END_ID, type: 'End', label: 'End' });
  return graph;
};

/** What one execution did on the graph, in node ids and edge indices (into `graph.edges`). */
export interface ExecutionTrace {
  visited: Set<string>;
  failed?: string;
  /** How many times each node was entered: a poll loop shows up as a count above one. */
  visits: Map<string, number>;
  takenEdges: Set<number>;
  /** Path entries that are not states of this definition (a stale definition, a typo in a scenario). */
  unknownStates: string[];
}

const TERMINAL_STATUSES = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED']);

/**
 * Maps an execution's path (state names in the order entered) onto the graph. An edge counts as taken when its
 * target is entered after its source before anything else in the source's own scope is: branches of a Parallel run
 * interleaved, so "the next entry of the path" alone would miss the edges inside them.
 */
export const traceExecution = (
  graph: StateGraph,
  execution: { path: readonly string[]; failedState?: string; status: string },
): ExecutionTrace => {
  const byState = new Map<string, StateNode>();
  for (const node of graph.nodes) if (node.state !== undefined && !byState.has(node.state)) byState.set(node.state, node);
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const groupParent = new Map(graph.groups.map((g) => [g.id, g.parent]));
  const ancestorsAndSelf = (group: string | undefined): Set<string | undefined> => {
    const scopes = new Set<string | undefined>([group]);
    for (let g = group; g !== undefined; g = groupParent.get(g)) scopes.add(groupParent.get(g));
    return scopes;
  };

  const path: (StateNode | undefined)[] = execution.path.map((name) => byState.get(name));
  const unknownStates = execution.path.filter((name) => !byState.has(name));
  const visits = new Map<string, number>();
  for (const node of path) if (node) visits.set(node.id, (visits.get(node.id) ?? 0) + 1);
  const failed = execution.failedState === undefined ? undefined : byState.get(execution.failedState)?.id;
  const finished = TERMINAL_STATUSES.has(execution.status);
  // A state failing inside a branch fails the Parallel/Map around it too: none of them reaches its join.
  const groupOwner = new Map(graph.groups.map((g) => [g.id, g.owner]));
  const failedChain = new Set<string>();
  for (let id = failed; id !== undefined; ) {
    failedChain.add(id);
    const group: string | undefined = nodeById.get(id)?.group;
    id = group === undefined ? undefined : groupOwner.get(group);
  }

  /** Is `to` entered after some entry of `from`, with nothing of from's scope (or the scopes around it) in between? */
  const followedBy = (from: StateNode, to: StateNode): boolean => {
    const blocking = ancestorsAndSelf(from.group);
    for (let i = 0; i < path.length; i++) {
      if (path[i] !== from) continue;
      for (let j = i + 1; j < path.length; j++) {
        const next = path[j];
        if (next === to) return true;
        if (next && blocking.has(next.group)) break;
      }
    }
    return false;
  };
  /** Was `node` the last state entered in its scope, and did the execution go on past it? */
  const leftLast = (node: StateNode): boolean => {
    const lastInScope = [...path].reverse().find((n) => n !== undefined && n.group === node.group);
    return finished && lastInScope === node && (!failedChain.has(node.id) || node.type === 'Fail');
  };
  const ownerOfJoin = (joinNode: StateNode): StateNode | undefined => nodeById.get(joinNode.id.slice('#join:'.length));

  const takenEdges = new Set<number>();
  graph.edges.forEach((edge, index) => {
    const from = nodeById.get(edge.from);
    const to = nodeById.get(edge.to);
    if (!from || !to) return;
    let taken: boolean;
    if (from.type === 'Start') taken = path[0] === to;
    else if (from.type === 'Join') {
      const owner = ownerOfJoin(from);
      taken = owner !== undefined && (to.state !== undefined ? followedBy(owner, to) : leftLast(owner));
    } else if (to.type === 'End') taken = visits.has(from.id) && leftLast(from);
    else if (to.type === 'Join') taken = visits.has(from.id) && !failedChain.has(from.id);
    else taken = followedBy(from, to);
    if (taken) takenEdges.add(index);
  });

  const visited = new Set(visits.keys());
  for (const index of takenEdges) {
    const edge = graph.edges[index] as StateEdge;
    const to = nodeById.get(edge.to);
    if (to && to.state === undefined) visited.add(to.id);
    const from = nodeById.get(edge.from);
    if (from && from.state === undefined) visited.add(from.id);
  }
  return { visited, visits, takenEdges, unknownStates, ...(failed !== undefined ? { failed } : {}) };
};
