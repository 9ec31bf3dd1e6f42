import * as vscode from 'vscode';

/** The kinds of highlight a user can switch on and off. */
export const HIGHLIGHT_KINDS = ['person', 'organization', 'place', 'other', 'quote', 'speaker'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export interface MarginaliaSettings {
  include: string[];
  exclude: string[];
  maxFileBytes: number;
  highlightEnabled: boolean;
  highlightKinds: ReadonlySet<HighlightKind>;
  hoverEnabled: boolean;
  maxSources: number;
  maxQuotes: number;
  author: string;
}

/** Reads the `marginalia.*` settings, with the manifest's defaults as fallbacks. */
export function readSettings(): MarginaliaSettings {
  const config = vscode.workspace.getConfiguration('marginalia');
  const kinds = config.get<string[]>('highlight.kinds', [...HIGHLIGHT_KINDS]);
  return {
    include: config.get<string[]>('include', ['**/*.txt']),
    exclude: config.get<string[]>('exclude', ['**/node_modules/**', '**/.git/**']),
    maxFileBytes: config.get<number>('maxFileSizeMB', 8) * 1024 * 1024,
    highlightEnabled: config.get<boolean>('highlight.enabled', true),
    highlightKinds: new Set(HIGHLIGHT_KINDS.filter((kind) => kinds.includes(kind))),
    hoverEnabled: config.get<boolean>('hover.enabled', true),
    maxSources: config.get<number>('hover.maxSources', 4),
    maxQuotes: config.get<number>('hover.maxQuotes', 3),
    author: config.get<string>('annotations.author', ''),
  };
}

export function affectsMarginalia(event: vscode.ConfigurationChangeEvent, section = ''): boolean {
  return event.affectsConfiguration(section ? `marginalia.${section}` : 'marginalia');
}

/**
 * Providers register for every document and ask `ArticleLibrary.isArticle`, because what counts as
 * an article is decided by the include/exclude globs, not by the language id.
 */
export const ANY_DOCUMENT: vscode.DocumentSelector = '*';
