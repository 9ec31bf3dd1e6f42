import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { eventually, HEGSETH_ARTICLE, hoverMarkdown, marginalia, openArticle, positionOf, workspaceFile } from './support';

async function select(document: vscode.TextDocument, words: string, occurrence = 0): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(document);
  const start = positionOf(document, words, occurrence).translate(0, -Math.floor(words.length / 2));
  editor.selection = new vscode.Selection(start, start.translate(0, words.length));
  return editor;
}

function sidecarOf(name: string): string {
  return `${workspaceFile(name).fsPath}.annotations.json`;
}

suite('Annotations', () => {
  test('annotating a selection survives an edit, a save and closing and reopening the article', async () => {
    const api = await marginalia();
    const document = await openArticle(HEGSETH_ARTICLE);
    const docId = document.uri.toString();
    await select(document, 'Palantir');
    await vscode.commands.executeCommand('marginalia.annotateEntity', 'organization', 'Palantir Technologies');
    const annotation = api.annotations.annotationsOf(docId).find((candidate) => candidate.body.kind === 'entity');
    assert.ok(annotation, 'the annotation was added');
    await eventually(async () => api.library.analysisOf(docId)?.entities.map((entity) => entity.name) ?? [], (names) => names.includes('Palantir Technologies'), 'the annotation to override the analysis');

    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'UPDATED: '));
    await document.save();
    await api.annotations.flush();
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

    const reopened = await vscode.workspace.openTextDocument(workspaceFile(HEGSETH_ARTICLE));
    const moved = api.annotations.annotationsOf(docId).find((candidate) => candidate.id === annotation.id);
    const [quote, position] = moved?.target.selector ?? [];
    assert.equal(quote?.exact, 'Palantir');
    assert.equal(reopened.getText().slice(position?.start, position?.end), 'Palantir', 'still on the same words');
    const onDisk = JSON.parse(fs.readFileSync(sidecarOf(HEGSETH_ARTICLE), 'utf8')) as { annotations: Array<{ id: string; target: { selector: [unknown, { start: number }] } }> };
    assert.equal(onDisk.annotations.find((saved) => saved.id === annotation.id)?.target.selector[1].start, position?.start, 'the sidecar holds the new position');
  });

  test('a note on an entity shows in its hover card in another article', async () => {
    const api = await marginalia();
    const document = await openArticle(HEGSETH_ARTICLE);
    const editor = await select(document, 'Hegseth', 2);
    const docId = document.uri.toString();
    // The previous test edited this article: wait until the index has the name under the selection.
    await eventually(async () => api.library.index.entityAt(docId, document.offsetAt(editor.selection.start))?.entity.name, (name) => name === 'Pete Hegseth', 'the name under the selection to be indexed');
    await vscode.commands.executeCommand('marginalia.addNote', 'Check the Friday deadline with a second source');
    const note = api.annotations.annotationsOf(docId).find((annotation) => annotation.body.kind === 'note');
    assert.equal(note?.body.kind === 'note' ? note.body.entity : undefined, 'Pete Hegseth', 'the note is about the entity');
    const other = await openArticle('003_2a0c7b8ba0272705.txt');
    const { value } = await eventually(() => hoverMarkdown(other, positionOf(other, 'Hegseth')), (result) => result.value.includes('Your notes'), 'the note in the other article’s hover');
    assert.match(value, /Check the Friday deadline with a second source/);
  });

  test('Undo after an annotation command restores the previous state', async () => {
    const api = await marginalia();
    const document = await openArticle(HEGSETH_ARTICLE);
    const docId = document.uri.toString();
    const before = api.annotations.annotationsOf(docId).length;
    await select(document, 'Grok');
    await vscode.commands.executeCommand('marginalia.rejectSuggestion', 'here');
    assert.equal(api.annotations.annotationsOf(docId).length, before + 1);
    await vscode.commands.executeCommand('marginalia.undoAnnotation');
    assert.equal(api.annotations.annotationsOf(docId).length, before);
  });

  test('a corrupt sidecar is reported, the article stays read-only, and the file is never overwritten', async () => {
    const api = await marginalia();
    const name = '004_e74b451cf0d993e6.txt';
    const corrupt = '{ "version": 1, "annotations": [ oops';
    fs.writeFileSync(sidecarOf(name), corrupt);
    const docId = workspaceFile(name).toString();
    const document = await openArticle(name);
    // The sidecar watcher reads the new file; the problem names the file.
    const problem = await eventually(async () => api.annotations.problemOf(docId) ?? '', (text) => /not valid JSON/.test(text), 'the problem to be reported');
    assert.match(problem, /004_e74b451cf0d993e6\.txt\.annotations\.json/);
    await select(document, 'Palantir');
    await vscode.commands.executeCommand('marginalia.annotateEntity', 'organization', 'Palantir');
    await api.annotations.flush();
    assert.equal(fs.readFileSync(sidecarOf(name), 'utf8'), corrupt, 'the sidecar is byte-identical');
    fs.unlinkSync(sidecarOf(name));
  });

  test('a sidecar another tool changes on disk is merged with the annotations made in the editor', async () => {
    const api = await marginalia();
    const name = '002_bcdb3845bf7e76b3.txt';
    const docId = workspaceFile(name).toString();
    const document = await openArticle(name);
    await select(document, 'Venezuela');
    await vscode.commands.executeCommand('marginalia.rejectSuggestion', 'here');
    await api.annotations.flush();
    type SidecarOnDisk = { annotations: Array<{ id: string; body: unknown }> };
    const onDisk = JSON.parse(fs.readFileSync(sidecarOf(name), 'utf8')) as SidecarOnDisk;
    const [mine] = onDisk.annotations;
    assert.ok(mine, 'the rejection was saved');
    // A colleague's note arrives through a sync or a pull: same target, new id and body.
    const theirs = { ...mine, id: 'from-a-colleague', body: { kind: 'note', text: 'Venezuela raid confirmed by two sources' } };
    fs.writeFileSync(sidecarOf(name), JSON.stringify({ ...onDisk, annotations: [...onDisk.annotations, theirs] }, null, 2));
    const ids = await eventually(async () => api.annotations.annotationsOf(docId).map((annotation) => annotation.id), (found) => found.includes('from-a-colleague'), 'the note from disk to be read');
    assert.ok(ids.includes(mine.id), 'the annotation made in the editor is kept');
    await select(document, 'Pentagon');
    await vscode.commands.executeCommand('marginalia.addNote', 'Which Pentagon office?');
    await api.annotations.flush();
    const merged = JSON.parse(fs.readFileSync(sidecarOf(name), 'utf8')) as SidecarOnDisk;
    assert.equal(merged.annotations.length, 3, 'the next save writes both sides');
  });
});

suite('Export', () => {
  test('Export Annotations writes the workspace as W3C Web Annotations and as brat', async () => {
    await openArticle(HEGSETH_ARTICLE);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(folder);
    const jsonld = vscode.Uri.joinPath(folder, '..', `export-${Date.now()}.jsonld`);
    await vscode.commands.executeCommand('marginalia.exportAnnotations', 'workspace', 'w3c', jsonld);
    const collection = JSON.parse(fs.readFileSync(jsonld.fsPath, 'utf8')) as { type: string; total: number };
    assert.equal(collection.type, 'AnnotationCollection');
    assert.ok(collection.total > 50);
    const bratFolder = vscode.Uri.joinPath(folder, '..', `brat-${Date.now()}`);
    await vscode.commands.executeCommand('marginalia.exportAnnotations', 'article', 'brat', bratFolder);
    assert.ok(fs.existsSync(`${bratFolder.fsPath}/001_cf0d6f1ff3d568a0.ann`));
  });
});
