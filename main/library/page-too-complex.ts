// The refusal of a page too deep or too large to extract, on its own so that code which only
// recognises the refusal (the preparation threads' error messages) need not load the HTML stack.

/** A page refused before extraction; `message` is the reason shown in the skipped list. */
export class PageTooComplexError extends Error {
  constructor(detail: string) {
    super(`page too complex to read (${detail})`);
    this.name = 'PageTooComplexError';
  }
}
