import * as vscode from 'vscode';
import type { EntityType, Span } from '../../core/analysis/model';
import { plural } from '../../core/cards/markdown';
import type { IndexedEntity } from '../../core/index/crossSourceIndex';
import type { ArticleLibrary } from '../../workspace/articleLibrary';
import { highlightedLabel, LibraryTree, revealItem } from './treeSupport';

type EntityNode =
  | { kind: 'group'; type: EntityType }
  | { kind: 'entity'; entity: IndexedEntity }
  | { kind: 'article'; entity: IndexedEntity; docId: string }
  | { kind: 'mention'; docId: string; mention: Span };

const GROUPS: ReadonlyArray<{ type: EntityType; label: string; icon: string }> = [
  { type: 'person', label: 'People', icon: 'person' },
  { type: 'organization', label: 'Organisations', icon: 'organization' },
  { type: 'place', label: 'Places', icon: 'globe' },
  { type: 'other', label: 'Other', icon: 'symbol-misc' },
];

/** The workspace's entities, grouped by type and sorted by how many articles mention them. */
class EntitiesTree extends LibraryTree<EntityNode> {
  filter = '';

  getChildren(node?: EntityNode): EntityNode[] {
    if (!node) return GROUPS.filter((group) => this.entitiesOf(group.type).length > 0).map(({ type }) => ({ kind: 'group', type }));
    switch (node.kind) {
      case 'group': return this.entitiesOf(node.type).map((entity) => ({ kind: 'entity', entity }));
      case 'entity': return [...node.entity.documents.keys()].map((docId) => ({ kind: 'article', entity: node.entity, docId }));
      case 'article': return (node.entity.documents.get(node.docId)?.mentions ?? []).map((mention) => ({ kind: 'mention', docId: node.docId, mention }));
      case 'mention': return [];
    }
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const group = GROUPS.find(({ type }) => type === node.type);
        const item = new vscode.TreeItem(group?.label ?? node.type, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(this.entitiesOf(node.type).length);
        item.iconPath = new vscode.ThemeIcon(group?.icon ?? 'symbol-misc');
        return item;
      }
      case 'entity': {
        const item = new vscode.TreeItem(node.entity.name, vscode.TreeItemCollapsibleState.Collapsed);
        const mentions = [...node.entity.documents.values()].reduce((sum, entry) => sum + entry.mentions.length, 0);
        item.description = `${plural(node.entity.documents.size, 'source')} · ${plural(mentions, 'mention')}`;
        item.tooltip = [node.entity.name, ...node.entity.roles].join('\n');
        item.id = `entity:${node.entity.id}`;
        item.contextValue = 'marginalia.entity';
        return item;
      }
      case 'article': {
        const mentions = node.entity.documents.get(node.docId)?.mentions ?? [];
        const item = revealItem(this.library.labelOf(node.docId), this.library, node.docId, mentions[0] ?? { start: 0, end: 0 },
          vscode.TreeItemCollapsibleState.Collapsed);
        item.description = plural(mentions.length, 'mention');
        return item;
      }
      case 'mention':
        return revealItem(highlightedLabel(this.library.textOf(node.docId), node.mention), this.library, node.docId, node.mention);
    }
  }

  private entitiesOf(type: EntityType): IndexedEntity[] {
    const needle = this.filter.toLocaleLowerCase();
    return this.library.index.entities()
      .filter((entity) => entity.type === type && (!needle || [entity.name, ...entity.aliases].some((name) => name.toLocaleLowerCase().includes(needle))))
      .sort((a, b) => b.documents.size - a.documents.size || a.name.localeCompare(b.name));
  }
}

/** Registers the Entities view with its filter commands. */
export function registerEntitiesView(library: ArticleLibrary): vscode.Disposable {
  const tree = new EntitiesTree(library);
  const view = vscode.window.createTreeView('marginalia.entities', { treeDataProvider: tree, showCollapseAll: true });
  const setFilter = async (filter: string) => {
    tree.filter = filter;
    view.description = filter ? `filter: ${filter}` : undefined;
    await vscode.commands.executeCommand('setContext', 'marginalia.entityFilterActive', filter !== '');
    tree.refresh();
  };
  return vscode.Disposable.from(
    tree,
    view,
    vscode.commands.registerCommand('marginalia.filterEntities', async (preset?: string) => {
      const filter = preset ?? await vscode.window.showInputBox({ prompt: 'Show entities whose name or alias contains…', value: tree.filter });
      if (filter !== undefined) await setFilter(filter.trim());
    }),
    vscode.commands.registerCommand('marginalia.clearEntityFilter', () => setFilter('')),
  );
}
