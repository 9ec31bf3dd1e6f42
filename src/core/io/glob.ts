/**
 * Glob patterns as users write them in settings and on the command line: `**` for any number of
 * folders, `*` and `?` within a name, `{a,b}` alternatives (which may nest). Paths use forward
 * slashes. Every other character is literal, and so is a brace without a partner, so that no
 * pattern a user types can produce an invalid regular expression.
 */
export function globToRegExp(pattern: string): RegExp {
  const pairedBraces = pairedBraceIndices(pattern);
  let openAlternatives = 0;
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '*' && pattern[i + 1] === '*') {
      const slashAfter = pattern[i + 2] === '/';
      source += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{' && pairedBraces.has(i)) {
      source += '(?:';
      openAlternatives++;
    } else if (char === '}' && pairedBraces.has(i)) {
      source += ')';
      openAlternatives--;
    } else if (char === ',' && openAlternatives > 0) source += '|';
    else source += escapeRegExp(char);
  }
  return new RegExp(`^${source}$`);
}

/** True when a relative path matches any of the patterns. */
export function matchesAny(relativePath: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(relativePath));
}

/** Indices of the `{` and `}` that close each other; unpaired braces are left out. */
function pairedBraceIndices(pattern: string): Set<number> {
  const paired = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '{') open.push(i);
    else if (pattern[i] === '}' && open.length > 0) {
      paired.add(open.pop() as number);
      paired.add(i);
    }
  }
  return paired;
}

function escapeRegExp(char: string): string {
  return /[.+^$(){}|[\]\\]/.test(char) ? `\\${char}` : char;
}
