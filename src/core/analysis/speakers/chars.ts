/** Whether a UTF-16 code unit is whitespace in the sense of `\s` in a regular expression; ASCII is tested without one. */
export function isWhitespaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(String.fromCharCode(code));
}

const WHITESPACE = /\s/;
