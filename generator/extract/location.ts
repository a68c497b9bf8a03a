import type { Node } from 'unist';
import type { Diagnostic, Severity } from '../model/ir.ts';

/** Collects a page's diagnostics with the page path and the node's position. */
export class PageDiagnostics {
  readonly list: Diagnostic[] = [];
  constructor(readonly path: string) {}

  at(node: Node | null | undefined, severity: Severity, code: string, message: string): void {
    const start = node?.position?.start;
    this.list.push({ severity, code, message, source: this.path, line: start?.line ?? 1, column: start?.column ?? 1 });
  }

  ref(node: Node | null | undefined): string {
    return `${this.path}:${node?.position?.start.line ?? 1}`;
  }
}
