/**
 * Cycles in a directed graph, found in time linear in its size: the content check uses them for
 * relations (a text cannot end up replacing, amending or implementing itself) and for history
 * (an organ cannot be merged into, succeeded by or placed under one that leads back to it).
 */

/**
 * The nodes that lie on a cycle, each with the number of its strongly connected component
 * (Tarjan's algorithm, without recursion so a long chain cannot overflow the stack). A node on no
 * cycle is absent; a node with an edge to itself is present.
 */
export function cyclicComponents(nodes: readonly string[], next: (node: string) => readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let components = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; edges: readonly string[]; at: number }[] = [];
    const open = (node: string): void => {
      index.set(node, counter);
      low.set(node, counter);
      counter += 1;
      stack.push(node);
      onStack.add(node);
      work.push({ node, edges: next(node), at: 0 });
    };
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.at < frame.edges.length) {
        const to = frame.edges[frame.at]!;
        frame.at += 1;
        if (!index.has(to)) open(to);
        else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const members: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        members.push(member);
      } while (member !== frame.node);
      if (members.length > 1 || next(frame.node).includes(frame.node)) {
        for (const m of members) component.set(m, components);
        components += 1;
      }
    }
  }
  return component;
}

/** The shortest route from `from` to `to` (both included) through the nodes `within` allows, or undefined. */
export function shortestRoute(from: string, to: string, next: (node: string) => readonly string[], within: (node: string) => boolean = () => true): string[] | undefined {
  const cameFrom = new Map<string, string | undefined>([[from, undefined]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head]!;
    if (node === to) {
      const route: string[] = [];
      for (let at: string | undefined = node; at !== undefined; at = cameFrom.get(at)) route.unshift(at);
      return route;
    }
    for (const n of next(node)) {
      if (cameFrom.has(n) || !within(n)) continue;
      cameFrom.set(n, node);
      queue.push(n);
    }
  }
  return undefined;
}

/**
 * Every edge that closes a cycle, with the cycle it closes: for an edge `from → to` on a cycle, the
 * route `[from, to, …, from]`. Edges are those `next` gives; an edge to oneself is `[from, from]`.
 */
export function cycleEdges(nodes: readonly string[], next: (node: string) => readonly string[]): { from: string; to: string; cycle: string[] }[] {
  const component = cyclicComponents(nodes, next);
  const found: { from: string; to: string; cycle: string[] }[] = [];
  for (const from of nodes) {
    const c = component.get(from);
    if (c === undefined) continue;
    for (const to of new Set(next(from))) {
      if (component.get(to) !== c) continue;
      const back = to === from ? [from] : shortestRoute(to, from, next, (n) => component.get(n) === c);
      if (back !== undefined) found.push({ from, to, cycle: [from, ...back] });
    }
  }
  return found;
}
