/**
 * Names in quotation marks, whose marks set no quotation: a nickname between a given name and a
 * surname (Desmond "Dessie" Tully), a name something is known by ("known to generations of
 * shoppers simply as "Miss Ivy""), a work's title after "titled"; and whether a quotation mark
 * stands between two places.
 */
import { isUpperAt } from '../../text/words';

/** Whether a double quotation mark, straight or curly, stands between `from` and `to`. */
export function hasQuoteMark(text: string, from: number, to: number): boolean {
  for (const mark of QUOTE_MARKS) {
    let at = text.indexOf(mark, from);
    // Desmond "Dessie" Tully: a nickname's marks, inside a name, set no quotation in the sentence.
    // So do those of a name someone is known by ("known to generations of shoppers simply as "Miss Ivy"").
    // So do a work's title ("a report titled "Referendum: Conditions for a Credible Vote"").
    while (at >= 0 && at < to && isMarkOfName(text, at)) at = text.indexOf(mark, at + 1);
    if (at >= 0 && at < to) return true;
  }
  return false;
}

/** Whether the mark at `at` is one of a name's: a nickname's, a name's someone is known by or a title's. */
function isMarkOfName(text: string, at: number): boolean {
  // The sentences around a quotation are searched again and again: each mark is read once.
  if (marksOfNames?.text !== text) marksOfNames = { text, byOffset: new Map() };
  let ofName = marksOfNames.byOffset.get(at);
  if (ofName === undefined) {
    ofName = isNicknameMark(text, at) || isKnownAsMark(text, at) || isTitleMark(text, at);
    marksOfNames.byOffset.set(at, ofName);
  }
  return ofName;
}

/** Whether each mark read in the text read last is one of a name's, by offset. */
let marksOfNames: { text: string; byOffset: Map<number, boolean> } | undefined;

/** Whether the mark at `at` opens or closes a nickname between a given name and a surname. */
function isNicknameMark(text: string, at: number): boolean {
  // Most marks stand between no two capitalised words (' said "The', 'late." He'): a cheap test first.
  const opensAfterName = text.charCodeAt(at - 1) === 32 && isUpperAt(text, at + 1) && isUpperAt(text, wordStartBefore(text, at - 1));
  const closesBeforeName = text.charCodeAt(at + 1) === 32 && isUpperAt(text, at + 2) && isUpperAt(text, wordStartBefore(text, at));
  if (!opensAfterName && !closesBeforeName) return false;
  NICKNAME.lastIndex = Math.max(0, at - 40);
  for (let match = NICKNAME.exec(text); match !== null && match.index <= at; match = NICKNAME.exec(text)) {
    const open = match.index + match[0].indexOf(match[1]);
    if (at === open || at === open + match[1].length - 1) return true;
  }
  return false;
}

/** Whether the mark at `at` opens or closes a title after "titled" or "entitled" (which may hold a question or a colon). */
function isTitleMark(text: string, at: number): boolean {
  return isMarkOfNameAfter(text, at, TITLE_LENGTH, /["“”]/, (open) => TITLED_BEFORE.test(text.slice(Math.max(0, open - 10), open)));
}

const TITLED_BEFORE = /\b(?:titled|entitled),?\s+$/;
const TITLE_LENGTH = 100;

/** Whether the mark at `at` opens or closes a short name that follows "known … as". */
function isKnownAsMark(text: string, at: number): boolean {
  return isMarkOfNameAfter(text, at, KNOWN_AS_NAME_LENGTH, /[.!?"“”]/, (open) => followsKnownAs(text, open));
}

/**
 * Whether the mark at `at` opens a name that `follows` its lead-in, or closes one: the opening mark
 * within `reach` before it, with nothing the name cannot hold (`stops`) between them.
 */
function isMarkOfNameAfter(text: string, at: number, reach: number, stops: RegExp, follows: (open: number) => boolean): boolean {
  if (follows(at)) return true;
  const before = text.slice(Math.max(0, at - reach), at);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'));
  return open >= 0 && !stops.test(before.slice(open + 1)) && follows(at - before.length + open);
}

/** Whether "known … as" or "referred to as" ends the words before `open`, a quotation's or a name's opening mark. */
export function followsKnownAs(text: string, open: number): boolean {
  const reach = text.slice(Math.max(0, open - KNOWN_AS_REACH), open);
  // (Most marks follow no "known": a look for the word spares the pattern.)
  return ((reach.includes('known') || reach.includes('referred')) && KNOWN_AS_BEFORE.test(reach)) || (reach.includes('called') && HABITUALLY_CALLED_BEFORE.test(reach));
}

/** "which the choir has long called "the growler"", "affectionately called": a name something has gone by, no one's words. */
const HABITUALLY_CALLED_BEFORE = /\b(?:(?:has|have|had)\s+(?:long|always)|affectionately|fondly|commonly|locally|popularly)\s+(?:been\s+)?called\s*$/;

/**
 * "a maneuver known as a "go-around"", "known at Matignon as", "known throughout the samba world as",
 * "a figure often referred to as the "magic number"", "known to generations of shoppers simply as".
 */
const KNOWN_AS_BEFORE = /\b(?:known|referred\s+to)(?:\s+\p{Ll}+ly|\s+(?:at|in|inside|within|among|to|throughout|across)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+(?:\s+\p{Ll}+ly)?)?\s+as(?:\s+(?:an?|the))?\s*:?\s*$/iu;
/** How far before a quotation "known … as" is sought, as the words between vary. */
const KNOWN_AS_REACH = 60;
/** How long a name known by may be, between its marks. */
const KNOWN_AS_NAME_LENGTH = 30;

/** Where the word of letters ending at `end` starts. */
function wordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1])) start--;
  return start;
}

const NICKNAME = /\p{Lu}\p{Ll}+ (["“]\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?["”]) (?=\p{Lu})/gu;

const QUOTE_MARKS = ['"', '“', '”'];
