/**
 * Lays a state graph out with dagre (once per report) and draws it as SVG (once per execution, with that
 * execution's highlight classes). All positions come from dagre; this module only turns them into elements.
 */
import dagre from '@dagrejs/dagre';
import { escapeHtml } from './html.js';
import type { ExecutionTrace, StateGraph, StateNode } from './state-graph.js';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface LaidOutNode extends Box {
  node: StateNode;
}
export interface LaidOutEdge {
  index: number;
  points: { x: number; y: number }[];
  label?: { text: string; x: number; y: number; width: number; height: number };
}
export interface LaidOutGroup extends Box {
  id: string;
  label: string;
}
export interface GraphLayout {
  /** The SVG viewBox: dagre's coordinates are used as they are, the box is fitted around them. */
  x: number;
  y: number;
  width: number;
  height: number;
  graph: StateGraph;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  groups: LaidOutGroup[];
}

// The layout runs in Node, where there are no font metrics: sizes are estimated from the character count of the
// report's own font sizes (13px names, 11px types and edge labels), generously so that text never overflows.
const NAME_CHAR_PX = 7.6;
const SMALL_CHAR_PX = 6.4;
const NODE_HEIGHT = 44;
const RANK_GAP = 38;
/** The smallest the drawing is scaled to fit its frame; below this the frame scrolls instead. */
const MIN_SCALE = 0.7;

const nodeSize = (node: StateNode): { width: number; height: number } => {
  switch (node.type) {
    case 'Start':
    case 'End':
      return { width: 64, height: 28 };
    case 'Join':
      return { width: 18, height: 18 };
    default:
      return {
        width: Math.max(120, Math.ceil(Math.max(node.label.length * NAME_CHAR_PX, node.type.length * SMALL_CHAR_PX) + 32)),
        height: NODE_HEIGHT,
      };
  }
};

export const layoutStateGraph = (graph: StateGraph): GraphLayout => {
  const g = new dagre.graphlib.Graph({ compound: true, multigraph: true });
  // For clusters dagre spreads every edge over 2 × nesting depth + 1 ranks (its "nesting graph"), so the rank gap
  // is divided by that factor to keep the distance between two states the same with or without a Parallel.
  const depthOf = (id: string | undefined): number => (id === undefined ? 0 : 1 + depthOf(graph.groups.find((x) => x.id === id)?.parent));
  const nestingFactor = 2 * Math.max(0, ...graph.groups.map((group) => depthOf(group.id))) + 1;
  g.setGraph({ rankdir: 'TB', nodesep: 20, edgesep: 10, ranksep: Math.max(6, Math.round(RANK_GAP / nestingFactor)) });
  g.setDefaultEdgeLabel(() => ({}));

  for (const group of graph.groups) g.setNode(group.id, { label: group.label });
  for (const group of graph.groups) if (group.parent) g.setParent(group.id, group.parent);
  for (const node of graph.nodes) {
    g.setNode(node.id, nodeSize(node));
    if (node.group) g.setParent(node.id, node.group);
  }
  graph.edges.forEach((edge, index) => {
    const label = edge.label
      ? { width: Math.ceil(edge.label.length * SMALL_CHAR_PX + 10), height: 16, labelpos: 'c' }
      : { width: 0, height: 0 };
    // Catch edges are the exceptional way out: a lower weight lets the normal flow keep the straight lines.
    g.setEdge(edge.from, edge.to, { ...label, weight: edge.kind === 'catch' ? 1 : 2, minlen: 1 }, `e${index}`);
  });

  dagre.layout(g);

  const nodes = graph.nodes.map((node): LaidOutNode => {
    const { x, y, width, height } = g.node(node.id);
    return { node, x, y, width, height };
  });
  const groups = graph.groups.map((group): LaidOutGroup => {
    const { x, y, width, height } = g.node(group.id);
    return { id: group.id, label: group.label, x, y, width, height };
  });
  const edges = graph.edges.map((edge, index): LaidOutEdge => {
    const laid = g.edge({ v: edge.from, w: edge.to, name: `e${index}` });
    const out: LaidOutEdge = { index, points: laid.points.map((p) => ({ x: p.x, y: p.y })) };
    if (edge.label && typeof laid.x === 'number' && typeof laid.y === 'number') {
      out.label = { text: edge.label, x: laid.x, y: laid.y, width: laid.width as number, height: laid.height as number };
    }
    return out;
  });
  return { ...bounds(nodes, groups, edges), graph, nodes, edges, groups };
};

const MARGIN = 12;

/**
 * The drawing's extent, from everything dagre placed. dagre's own graph width/height can be smaller than its edge
 * points (seen with catch edges routed around clusters), which would clip those edges at the SVG's edge.
 */
const bounds = (nodes: Box[], groups: Box[], edges: LaidOutEdge[]): { x: number; y: number; width: number; height: number } => {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const box of [...nodes, ...groups, ...edges.flatMap((e) => (e.label ? [e.label] : []))]) {
    xs.push(box.x - box.width / 2, box.x + box.width / 2);
    ys.push(box.y - box.height / 2, box.y + box.height / 2);
  }
  for (const point of edges.flatMap((e) => e.points)) {
    xs.push(point.x);
    ys.push(point.y);
  }
  if (xs.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.floor(Math.min(...xs) - MARGIN);
  const y = Math.floor(Math.min(...ys) - MARGIN);
  return { x, y, width: Math.ceil(Math.max(...xs) + MARGIN - x), height: Math.ceil(Math.max(...ys) + MARGIN - y) };
};

// Whole pixels: finer than the eye can see at this scale, and the markup is repeated once per execution.
const r = (n: number): string => String(Math.round(n));

/** A path through dagre's points; interior points become quadratic control points so bends are soft. */
const edgePath = (points: { x: number; y: number }[]): string => {
  const [first, ...rest] = points;
  if (!first) return '';
  const last = rest.pop();
  let d = `M${r(first.x)} ${r(first.y)}`;
  rest.forEach((p, i) => {
    const next = rest[i + 1] ?? last ?? p;
    d += ` Q${r(p.x)} ${r(p.y)} ${r((p.x + next.x) / 2)} ${r((p.y + next.y) / 2)}`;
  });
  if (last) d += ` L${r(last.x)} ${r(last.y)}`;
  return d;
};

const typeClass = (type: string): string => `t-${type.toLowerCase().replace(/[^a-z0-9]/g, '')}`;

/**
 * The SVG of a laid-out graph. With a trace, nodes get `visited` / `failed` / `unvisited` and edges `taken`;
 * without one, everything is drawn neutral. Colours live in the report's CSS, keyed on these classes.
 */
export const renderGraphSvg = (layout: GraphLayout, trace?: ExecutionTrace, title = 'State graph'): string => {
  const parts: string[] = [];
  parts.push(
    // Shrinks to fit, but never below MIN_SCALE: past that the names are unreadable and scrolling is better.
    `<svg class="graph" viewBox="${layout.x} ${layout.y} ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" ` +
      `style="width:clamp(${Math.round(layout.width * MIN_SCALE)}px,100%,${layout.width}px)" role="img" aria-label="${escapeHtml(title)}">`,
  );

  parts.push('<g class="groups">');
  for (const group of layout.groups) {
    const left = group.x - group.width / 2;
    const top = group.y - group.height / 2;
    parts.push(
      `<g class="group"><rect x="${r(left)}" y="${r(top)}" width="${r(group.width)}" height="${r(group.height)}" rx="8"/>` +
        // Just above the box: dagre leaves no room for a label inside, above the first state.
        `<text x="${r(left + 4)}" y="${r(top - 3)}">${escapeHtml(group.label)}</text></g>`,
    );
  }
  parts.push('</g><g class="edges">');
  for (const laid of layout.edges) {
    const edge = layout.graph.edges[laid.index];
    if (!edge) continue;
    const classes = ['edge', `k-${edge.kind}`];
    if (trace) classes.push(trace.takenEdges.has(laid.index) ? 'taken' : 'not-taken');
    let label = '';
    if (laid.label) {
      const { x, y, width, height, text } = laid.label;
      label =
        `<rect class="edge-label-bg" x="${r(x - width / 2)}" y="${r(y - height / 2)}" width="${r(width)}" height="${r(height)}" rx="3"/>` +
        `<text x="${r(x)}" y="${r(y + 4)}">${escapeHtml(text)}</text>`;
    }
    // Where a count of the executions that took the edge is written (the report adds it in the browser).
    // On the last stretch, before the arrow: the middle is where the edge's own label (a Choice rule) sits.
    const [p, q] = [laid.points[laid.points.length - 2] ?? laid.points[0], laid.points[laid.points.length - 1]];
    const middle = p && q ? { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 } : { x: 0, y: 0 };
    parts.push(
      `<g class="${classes.join(' ')}" data-e="${laid.index}" data-from="${escapeHtml(edge.from)}" data-to="${escapeHtml(edge.to)}" data-cx="${r(middle.x + 6)}" data-cy="${r(middle.y + 4)}"><path d="${edgePath(laid.points)}"/>${label}</g>`,
    );
  }
  parts.push('</g><g class="nodes">');
  for (const [position, laid] of layout.nodes.entries()) {
    const { node } = laid;
    const classes = ['node', typeClass(node.type)];
    if (trace) classes.push(trace.failed === node.id ? 'failed' : trace.visited.has(node.id) ? 'visited' : 'unvisited');
    const stateAttr = node.state !== undefined ? ` data-state="${escapeHtml(node.state)}"` : '';
    const open = `<g class="${classes.join(' ')}" data-n="${position}"${stateAttr} transform="translate(${r(laid.x)} ${r(laid.y)})">`;
    const w = laid.width;
    const h = laid.height;
    if (node.type === 'Join') {
      parts.push(`${open}<circle r="${r(w / 2 - 2)}"/></g>`);
    } else if (node.type === 'Start' || node.type === 'End') {
      parts.push(
        `${open}<rect x="${r(-w / 2)}" y="${r(-h / 2)}" width="${r(w)}" height="${r(h)}" rx="${r(h / 2)}"/><text class="name" y="4">${escapeHtml(node.label)}</text></g>`,
      );
    } else {
      const count = trace?.visits.get(node.id) ?? 0;
      // On the corner, outside the name's line, so a narrow node's name stays readable.
      const badge =
        count > 1
          ? `<g class="count" transform="translate(${r(w / 2 - 4)} ${r(-h / 2)})"><rect x="-13" y="-8" width="26" height="16" rx="8"/><text y="4">×${count}</text></g>`
          : '';
      parts.push(
        `${open}<title>${escapeHtml(`${node.label} (${node.type})`)}</title>` +
          `<rect x="${r(-w / 2)}" y="${r(-h / 2)}" width="${r(w)}" height="${r(h)}" rx="8"/>` +
          `<text class="name" y="-2">${escapeHtml(node.label)}</text><text class="type" y="13">${escapeHtml(node.type)}</text>${badge}</g>`,
      );
    }
  }
  parts.push('</g></svg>');
  return parts.join('');
};
