import * as vscode from 'vscode';
import type { ArticleLibrary } from '../../workspace/articleLibrary';
import { ANY_DOCUMENT } from '../../workspace/settings';

/** Lightbulb actions on what the analysis detected: fix a name or a speaker where it is. */
export function registerAnnotationActions(library: ArticleLibrary): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(ANY_DOCUMENT, {
    provideCodeActions(document, range) {
      if (!library.isArticle(document)) return undefined;
      const docId = document.uri.toString();
      const offset = document.offsetAt(range.start);
      const action = (title: string, command: string) => {
        const codeAction = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        codeAction.command = { title, command };
        return codeAction;
      };
      const actions: vscode.CodeAction[] = [];
      const hit = library.index.entityAt(docId, offset);
      if (hit) {
        actions.push(action(`Marginalia: “${hit.mention.text}” is not an entity…`, 'marginalia.rejectSuggestion'),
          action(`Marginalia: “${hit.mention.text}” is another name of…`, 'marginalia.mergeAlias'),
          action(`Marginalia: Add a note on ${hit.entity.name}…`, 'marginalia.addNote'));
      }
      if (library.index.quoteAt(docId, offset)) actions.push(action('Marginalia: Set the speaker of this quotation…', 'marginalia.setSpeaker'));
      if (!range.isEmpty) actions.push(action('Marginalia: Annotate selection as an entity…', 'marginalia.annotateEntity'));
      return actions;
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}
