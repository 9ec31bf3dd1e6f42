import * as vscode from 'vscode';
import { plural } from '../../core/cards/markdown';
import type { ArticleLibrary } from '../../workspace/articleLibrary';
import { LibraryTree, revealItem } from './treeSupport';

type SourceNode = { kind: 'article'; docId: string } | { kind: 'detail'; label: string; description: string; icon: string };

/** The articles of the workspace with the outlets they cite and how many named and unnamed sources they quote. */
class SourcesTree extends LibraryTree<SourceNode> {
  getChildren(node?: SourceNode): SourceNode[] {
    if (!node) {
      return this.library.articleIds()
        .sort((a, b) => this.library.labelOf(a).localeCompare(this.library.labelOf(b)))
        .map((docId) => ({ kind: 'article', docId }));
    }
    return node.kind === 'article' ? this.details(node.docId) : [];
  }

  getTreeItem(node: SourceNode): vscode.TreeItem {
    if (node.kind === 'detail') {
      const item = new vscode.TreeItem(node.label);
      item.description = node.description;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      return item;
    }
    const analysis = this.library.analysisOf(node.docId);
    const item = revealItem(this.library.labelOf(node.docId), this.library, node.docId, { start: 0, end: 0 }, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `source:${node.docId}`;
    if (analysis) item.description = `${analysis.sources.named} named · ${analysis.sources.unnamed} unnamed${analysis.outlets.length ? ` · ${analysis.outlets.join(', ')}` : ''}`;
    return item;
  }

  private details(docId: string): SourceNode[] {
    const analysis = this.library.analysisOf(docId);
    if (!analysis) return [];
    return [
      { kind: 'detail', label: 'Outlets cited', description: analysis.outlets.join(', ') || 'none', icon: 'broadcast' },
      { kind: 'detail', label: 'Named sources', description: String(analysis.sources.named), icon: 'person' },
      { kind: 'detail', label: 'Unnamed sources', description: String(analysis.sources.unnamed), icon: 'question' },
      { kind: 'detail', label: 'Quotations', description: String(analysis.quotes.length), icon: 'quote' },
      { kind: 'detail', label: 'Entities', description: plural(analysis.entities.length, 'entity', 'entities'), icon: 'symbol-class' },
    ];
  }
}

export function registerSourcesView(library: ArticleLibrary): vscode.Disposable {
  const tree = new SourcesTree(library);
  return vscode.Disposable.from(tree, vscode.window.createTreeView('marginalia.sources', { treeDataProvider: tree }));
}
