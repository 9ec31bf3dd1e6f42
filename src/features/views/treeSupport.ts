import * as vscode from 'vscode';
import type { Span } from '../../core/analysis/model';
import type { ArticleLibrary } from '../../workspace/articleLibrary';
import { OPEN_LOCATION_COMMAND } from '../openLocation';

/** Trees refresh at most this often while the background scan streams in results. */
const REFRESH_THROTTLE_MS = 400;

/**
 * Base for Marginalia's tree views: refreshes (throttled) when the library changes and builds
 * items that reveal a place in an article when selected.
 */
export abstract class LibraryTree<Node> implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  private readonly subscription: vscode.Disposable;
  private pending: NodeJS.Timeout | undefined;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(protected readonly library: ArticleLibrary) {
    this.subscription = library.onDidChange(() => this.scheduleRefresh());
  }

  abstract getTreeItem(node: Node): vscode.TreeItem;
  abstract getChildren(node?: Node): Node[];

  refresh(): void {
    clearTimeout(this.pending);
    this.pending = undefined;
    this.changed.fire(undefined);
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.subscription.dispose();
    this.changed.dispose();
  }

  private scheduleRefresh(): void {
    this.pending ??= setTimeout(() => this.refresh(), REFRESH_THROTTLE_MS);
  }
}

/** A tree item that opens an article at a span when clicked. */
export function revealItem(label: string | vscode.TreeItemLabel, library: ArticleLibrary, docId: string, span: Pick<Span, 'start' | 'end'>,
  collapsible = vscode.TreeItemCollapsibleState.None): vscode.TreeItem {
  const item = new vscode.TreeItem(label, collapsible);
  const uri = library.uriOf(docId);
  if (uri) {
    item.resourceUri = collapsible === vscode.TreeItemCollapsibleState.None ? undefined : uri;
    item.command = { title: 'Reveal', command: OPEN_LOCATION_COMMAND, arguments: [docId, span.start, span.end - span.start] };
  }
  return item;
}

/** One line of context around a span, for tree labels. */
export function lineAround(text: string | undefined, span: Pick<Span, 'start' | 'end'>, radius = 40): string {
  if (text === undefined) return '';
  const from = Math.max(0, span.start - radius);
  const to = Math.min(text.length, span.end + radius);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

export function highlightedLabel(text: string | undefined, span: Pick<Span, 'start' | 'end'>): vscode.TreeItemLabel {
  const label = lineAround(text, span);
  const name = text?.slice(span.start, span.end).replace(/\s+/g, ' ') ?? '';
  const at = label.indexOf(name, span.start > 40 ? 1 : 0);
  return { label, highlights: at >= 0 && name ? [[at, at + name.length]] : [] };
}
