import * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations/schema';
import type { AnnotationStore } from '../../workspace/annotationStore';
import { OPEN_LOCATION_COMMAND } from '../openLocation';
import { describeAnnotation } from './annotationSupport';

interface AnnotationItem { docId: string; annotation: Annotation }

/**
 * Two views over the annotations: the active article's (Annotations), and every annotation whose
 * words could not be found again (Orphaned Annotations), which can be re-attached or removed.
 */
export function registerAnnotationViews(store: AnnotationStore): vscode.Disposable {
  const current = new AnnotationTree(() => {
    const docId = vscode.window.activeTextEditor?.document.uri.toString();
    return docId ? store.annotationsOf(docId).map((annotation) => ({ docId, annotation })) : [];
  }, 'marginalia.annotation');
  const orphans = new AnnotationTree(() => store.orphans(), 'marginalia.orphan');
  const orphansView = vscode.window.createTreeView('marginalia.orphans', { treeDataProvider: orphans });
  const refresh = () => {
    current.refresh();
    orphans.refresh();
    const count = store.orphans().length;
    orphansView.badge = count > 0 ? { value: count, tooltip: `${count} orphaned annotation(s)` } : undefined;
    void vscode.commands.executeCommand('setContext', 'marginalia.hasOrphans', count > 0);
  };
  refresh();
  return vscode.Disposable.from(
    vscode.window.createTreeView('marginalia.annotations', { treeDataProvider: current }),
    orphansView,
    store.onDidChange(refresh),
    vscode.window.onDidChangeActiveTextEditor(() => current.refresh()),
  );
}

class AnnotationTree implements vscode.TreeDataProvider<AnnotationItem> {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly items: () => AnnotationItem[], private readonly contextValue: string) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(item?: AnnotationItem): AnnotationItem[] {
    return item ? [] : this.items().sort((a, b) => a.annotation.target.selector[1].start - b.annotation.target.selector[1].start);
  }

  getTreeItem({ docId, annotation }: AnnotationItem): vscode.TreeItem {
    const [quote, position] = annotation.target.selector;
    const item = new vscode.TreeItem(describeAnnotation(annotation));
    item.description = `“${quote.exact.replace(/\s+/g, ' ').slice(0, 60)}”${annotation.state === 'orphan' ? ` · ${docId.split('/').pop()}` : ''}`;
    item.tooltip = `${describeAnnotation(annotation)}\n${annotation.author}, ${annotation.modified}${annotation.state === 'orphan' ? '\nOrphaned: its words were not found in the article.' : ''}`;
    item.iconPath = new vscode.ThemeIcon(annotation.state === 'orphan' ? 'debug-disconnect' : 'tag');
    item.contextValue = annotation.state === 'orphan' ? 'marginalia.orphan' : this.contextValue;
    if (annotation.state === 'anchored') item.command = { title: 'Reveal', command: OPEN_LOCATION_COMMAND, arguments: [docId, position.start, position.end - position.start] };
    return item;
  }
}
