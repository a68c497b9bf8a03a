import type { Nodes, PhrasingContent } from 'mdast';

/**
 * A compact markdown rendering of inline nodes (strong, links, code kept as markup, no
 * escaping), so that type notations such as `**[Backup](#id)**` or `enum **Kind**` can be
 * matched as written whatever the page's layout.
 */
export function inlineSource(nodes: readonly (PhrasingContent | Nodes)[]): string {
  let out = '';
  for (const node of nodes) out += nodeSource(node);
  return out;
}

function nodeSource(node: PhrasingContent | Nodes): string {
  switch (node.type) {
    case 'text':
    case 'html':
      return node.value;
    case 'inlineCode':
      return '`' + node.value + '`';
    case 'strong':
      return '**' + inlineSource(node.children) + '**';
    case 'emphasis':
      return '*' + inlineSource(node.children) + '*';
    case 'link':
      return '[' + inlineSource(node.children) + '](' + node.url + ')';
    case 'break':
      return '\n';
    default:
      return 'children' in node ? inlineSource(node.children as PhrasingContent[]) : '';
  }
}
