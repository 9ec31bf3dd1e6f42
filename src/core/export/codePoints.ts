/**
 * Offsets in Marginalia are UTF-16 code units (JavaScript string indices, VS Code's offsets). The
 * W3C Web Annotation model counts Unicode code points in a TextPositionSelector, and brat, written
 * in Python, counts code points too: an emoji or a rare CJK character before a name would shift
 * every later offset by one in those tools. Exports convert with this.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  const toCodePoint = new Uint32Array(text.length + 1);
  let codePoints = 0;
  for (let i = 0; i < text.length; i++) {
    // The low half of a surrogate pair belongs to the same code point as the high half.
    const isLowHalfOfPair = i > 0 && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1));
    toCodePoint[i] = isLowHalfOfPair ? codePoints - 1 : codePoints++;
  }
  toCodePoint[text.length] = codePoints;
  return (offset) => toCodePoint[Math.max(0, Math.min(text.length, offset))];
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
