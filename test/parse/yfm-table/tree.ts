// Helpers shared by the YFM table tests: a processor like the pipeline's, a
// compact projection of mdast for golden files, and checks that every node's
// position is consistent with the source text.
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkYfmTable } from '../../../generator/parse/yfm-table/index.ts';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkYfmTable).freeze();

export function parse(source: string): Root {
  return processor.parse(source);
}

/** A node as stored in golden files: every field but `position`, which becomes `at: "line:column-line:column"`. */
export interface ProjectedNode {
  type: string;
  at?: string;
  children?: ProjectedNode[];
  [field: string]: unknown;
}

export function project(node: Nodes): ProjectedNode {
  const { position, children, ...fields } = node as Nodes & { children?: Nodes[] };
  const projected: ProjectedNode = { type: node.type };
  if (position) projected.at = `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`;
  Object.assign(projected, fields);
  if (children) projected.children = children.map(project);
  return projected;
}

/**
 * Every problem with a node's position: offsets that disagree with
 * line/column, ends before starts, children outside their parent, and YFM
 * nodes whose text does not begin with their marker.
 */
export function positionProblems(tree: Root, source: string): string[] {
  const lineStarts = [0];
  for (let index = 0; index < source.length; index++) {
    if (source[index] === '\n') lineStarts.push(index + 1);
  }
  const problems: string[] = [];
  const offsetOf = (line: number, column: number) => (lineStarts[line - 1] ?? Number.NaN) + column - 1;

  const visit = (node: Nodes, parent: Nodes | undefined): void => {
    const where = `${node.type} at ${describe(node)}`;
    const position = node.position;
    if (!position) problems.push(`${where}: no position`);
    else {
      const { start, end } = position;
      if (start.offset !== offsetOf(start.line, start.column)) problems.push(`${where}: start offset ${start.offset}`);
      if (end.offset !== offsetOf(end.line, end.column)) problems.push(`${where}: end offset ${end.offset}`);
      if ((end.offset ?? 0) < (start.offset ?? 0)) problems.push(`${where}: ends before it starts`);
      const outer = parent?.position;
      if (outer && parent.type !== 'root' && (start.offset! < outer.start.offset! || end.offset! > outer.end.offset!)) {
        problems.push(`${where}: outside its ${parent.type}`);
      }
      const text = source.slice(start.offset, end.offset);
      const marker = ({ yfmTable: '#|', yfmTableRow: '||', yfmTableCell: '|' } as Record<string, string>)[node.type];
      if (marker && !text.startsWith(marker)) problems.push(`${where}: text ${JSON.stringify(text.slice(0, 10))} does not start with ${marker}`);
    }
    if ('children' in node) for (const child of node.children) visit(child, node);
  };
  visit(tree, undefined);
  return problems;
}

function describe(node: Nodes): string {
  const start = node.position?.start;
  return start ? `${start.line}:${start.column}` : '?';
}

export function collect<T extends Nodes['type']>(tree: Nodes, type: T): Array<Extract<Nodes, { type: T }>> {
  const found: Array<Extract<Nodes, { type: T }>> = [];
  const visit = (node: Nodes): void => {
    if (node.type === type) found.push(node as Extract<Nodes, { type: T }>);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return found;
}
