import * as vscode from 'vscode';
import type { Quote } from '../../core/analysis/model';
import { plural, truncate } from '../../core/cards/markdown';
import type { ArticleLibrary } from '../../workspace/articleLibrary';
import { LibraryTree, revealItem } from './treeSupport';

interface SpeakerGroup {
  key: string;
  name: string;
  unnamed: boolean;
  quotes: Array<{ docId: string; quote: Quote }>;
}

type QuoteNode = { kind: 'speaker'; group: SpeakerGroup } | { kind: 'quote'; docId: string; quote: Quote };

/** Every quotation in the workspace, grouped by speaker; the most quoted first. */
class QuotesTree extends LibraryTree<QuoteNode> {
  getChildren(node?: QuoteNode): QuoteNode[] {
    if (!node) return this.groups().map((group) => ({ kind: 'speaker', group }));
    return node.kind === 'speaker' ? node.group.quotes.map(({ docId, quote }) => ({ kind: 'quote', docId, quote })) : [];
  }

  getTreeItem(node: QuoteNode): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const item = new vscode.TreeItem(node.group.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${plural(node.group.quotes.length, 'quote')}${node.group.unnamed ? ' · unnamed source' : ''}`;
      item.iconPath = new vscode.ThemeIcon(node.group.unnamed ? 'question' : node.group.key === UNATTRIBUTED ? 'circle-slash' : 'person');
      item.id = `speaker:${node.group.key}`;
      return item;
    }
    const item = revealItem(`“${truncate(node.quote.text.replace(/\s+/g, ' '), 90)}”`, this.library, node.docId, node.quote);
    item.description = this.library.labelOf(node.docId);
    item.tooltip = node.quote.text;
    return item;
  }

  private groups(): SpeakerGroup[] {
    const groups = new Map<string, SpeakerGroup>();
    for (const docId of this.library.articleIds()) {
      for (const quote of this.library.analysisOf(docId)?.quotes ?? []) {
        const { key, name, unnamed } = this.speakerOf(docId, quote);
        const group = groups.get(key) ?? { key, name, unnamed, quotes: [] };
        group.quotes.push({ docId, quote });
        groups.set(key, group);
      }
    }
    return [...groups.values()].sort((a, b) => Number(a.key === UNATTRIBUTED) - Number(b.key === UNATTRIBUTED)
      || b.quotes.length - a.quotes.length || a.name.localeCompare(b.name));
  }

  private speakerOf(docId: string, quote: Quote): Omit<SpeakerGroup, 'quotes'> {
    const speaker = quote.speaker;
    if (!speaker) return { key: UNATTRIBUTED, name: 'No speaker found', unnamed: false };
    const entityId = speaker.entity === null ? undefined : this.library.index.entityId(docId, speaker.entity);
    const entity = entityId === undefined ? undefined : this.library.index.entity(entityId);
    if (entity) return { key: `entity:${entity.id}`, name: entity.name, unnamed: false };
    return { key: `name:${speaker.name.toLocaleLowerCase()}`, name: speaker.name, unnamed: speaker.unnamed };
  }
}

const UNATTRIBUTED = 'unattributed';

export function registerQuotesView(library: ArticleLibrary): vscode.Disposable {
  const tree = new QuotesTree(library);
  return vscode.Disposable.from(tree, vscode.window.createTreeView('marginalia.quotes', { treeDataProvider: tree, showCollapseAll: true }));
}
