/**
 * Where a JSON text stops being valid JSON. Node 20's `JSON.parse` errors give no position
 * ("Unexpected token 'x', … is not valid JSON"), but someone fixing a hand-edited or half-merged
 * sidecar needs a line and a column. This scanner follows the JSON grammar (RFC 8259) only far
 * enough to find the first offending character; it is run only after `JSON.parse` has failed.
 */

export interface TextPosition {
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like editors' column numbers. */
  column: number;
}

class SyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

/** The position of the first syntax error, or undefined when the text is valid JSON. */
export function jsonErrorPosition(text: string): TextPosition | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.document();
    return undefined;
  } catch (error) {
    // Nesting too deep for the call stack: no better place to point at than the end.
    const offset = error instanceof SyntaxAt ? error.offset : text.length;
    return positionOf(text, offset);
  }
}

export function positionOf(text: string, offset: number): TextPosition {
  const lines = text.slice(0, offset).split('\n');
  return { offset, line: lines.length, column: lines[lines.length - 1].length + 1 };
}

class Scanner {
  private at = 0;

  constructor(private readonly text: string) {}

  document(): void {
    this.value();
    this.skipWhitespace();
    if (this.at < this.text.length) this.fail();
  }

  private value(): void {
    this.skipWhitespace();
    const char = this.text[this.at];
    if (char === '{') this.container('}', () => { this.string(); this.skipWhitespace(); this.expect(':'); this.value(); });
    else if (char === '[') this.container(']', () => this.value());
    else if (char === '"') this.string();
    else if (char === '-' || (char >= '0' && char <= '9')) this.number();
    else this.literal();
  }

  /** An object or array: `open (member (, member)*)? close`. */
  private container(close: string, member: () => void): void {
    this.at++;
    this.skipWhitespace();
    if (this.text[this.at] === close) {
      this.at++;
      return;
    }
    for (;;) {
      member();
      this.skipWhitespace();
      if (this.text[this.at] === close) {
        this.at++;
        return;
      }
      this.expect(',');
      this.skipWhitespace();
    }
  }

  private string(): void {
    this.skipWhitespace();
    this.expect('"');
    while (this.at < this.text.length) {
      const code = this.text.charCodeAt(this.at);
      if (code === 0x22) {
        this.at++;
        return;
      }
      if (code < 0x20) this.fail();
      if (code === 0x5c) this.escape();
      else this.at++;
    }
    this.fail();
  }

  private escape(): void {
    this.at++;
    const char = this.text[this.at];
    if (char === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 1, this.at + 5))) this.fail();
      this.at += 5;
    } else if (char !== undefined && '"\\/bfnrt'.includes(char)) this.at++;
    else this.fail();
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.at, this.at + 400));
    if (!match) this.fail();
    this.at += match[0].length;
  }

  private literal(): void {
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return;
      }
    }
    this.fail();
  }

  private expect(char: string): void {
    if (this.text[this.at] !== char) this.fail();
    this.at++;
  }

  private skipWhitespace(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at])) this.at++;
  }

  private fail(): never {
    throw new SyntaxAt(this.at);
  }
}
