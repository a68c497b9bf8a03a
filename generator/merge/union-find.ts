/** Disjoint sets of type ids: pages that describe one type under different ids end up in one set. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  find(id: string): string {
    let root = id;
    for (let next = this.parent.get(root); next !== undefined && next !== root; next = this.parent.get(root)) root = next;
    for (let node = id; node !== root; ) {
      const next = this.parent.get(node) ?? root;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  /** Joins two sets; returns false where they were one already. */
  union(a: string, b: string): boolean {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return false;
    this.parent.set(rootA < rootB ? rootB : rootA, rootA < rootB ? rootA : rootB);
    return true;
  }

  /** Every id seen, grouped by set. */
  groups(ids: Iterable<string>): Map<string, string[]> {
    const groups = new Map<string, string[]>();
    for (const id of ids) {
      const root = this.find(id);
      const group = groups.get(root);
      if (group) group.push(id);
      else groups.set(root, [id]);
    }
    return groups;
  }
}
