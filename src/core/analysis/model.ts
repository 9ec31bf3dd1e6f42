/**
 * The result of analysing one article. Offsets are UTF-16 code-unit offsets into the article's
 * text (JavaScript string indices, the same numbers as VS Code's `document.offsetAt`), and `end`
 * is exclusive.
 */

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One real-world entity as it appears in a single article: all its mentions, however written. */
export interface LocalEntity {
  /** Index of this entity in `DocumentAnalysis.entities`; stable only within one analysis run. */
  key: number;
  /** The fullest form of the name the article uses ("Pete Hegseth", not "Hegseth"). */
  name: string;
  type: EntityType;
  /** Every distinct surface form, without titles: "Hegseth", "Pete Hegseth", "Mr Hegseth" → name forms. */
  aliases: string[];
  /** Titles and roles seen with the name, kept apart from it: "Defense Secretary", "Anthropic CEO". */
  roles: string[];
  /** Every mention of the entity, in text order. Each span covers only the name, never the title. */
  mentions: Span[];
  /**
   * Other names the article equates with this entity (an acronym it defines, "the Pentagon"
   * for the Department of Defense). The cross-source index links on these as well as on aliases.
   */
  equivalents: string[];
}

/** How a quote's speaker was found; shown to the user so they can judge the attribution. */
export type AttributionMethod =
  | 'cue-after'      // "…," Hegseth said.
  | 'cue-before'     // Hegseth said: "…" / Hegseth said that "…"
  | 'according-to'   // "…", according to a source.
  | 'pronoun'        // "…," he added.  (the pronoun resolved to a named person)
  | 'continuation'   // A quote with no cue that continues the previous speaker, or the person the sentence before introduces.
  | 'repeated'       // Words the article quotes elsewhere with a speaker: a headline's or a fact check's claim repeating them.
  | 'user';          // Set by the user's annotation, overriding the analysis.

export interface Speaker {
  /** The name as best known: the entity's full name, or the unnamed source as written ("a senior Defense official"). */
  name: string;
  /** `LocalEntity.key` of the speaker, or null for an unnamed source that is not an entity. */
  entity: number | null;
  /** The words the attribution rests on in the text: "Hegseth", "he", "An Anthropic spokesperson". */
  mention: Span | null;
  /** True for unnamed sources ("a Defense official", "one source familiar with the discussions"). */
  unnamed: boolean;
  /** For an unnamed source, the entity key of the organisation it speaks for, if the text gives one. */
  organization: number | null;
  method: AttributionMethod;
  /** The cue verb or phrase, lower-cased: "said", "told", "according to". Null for continuations. */
  cue: string | null;
}

export interface Quote {
  /** Start of the quoted words, after the opening mark. */
  start: number;
  /** End of the quoted words, before the closing mark (or the end of the paragraph if unclosed). */
  end: number;
  /** The words between the marks, marks excluded. */
  text: string;
  speaker: Speaker | null;
}

export interface SourceCounts {
  /** Distinct named speakers quoted. */
  named: number;
  /** Distinct unnamed sources quoted or cited ("a senior Defense official"). */
  unnamed: number;
}

export interface DocumentAnalysis {
  entities: LocalEntity[];
  quotes: Quote[];
  /** News outlets the article cites ("Axios reported", "according to the Washington Post"), in order of first citation. */
  outlets: string[];
  sources: SourceCounts;
}
