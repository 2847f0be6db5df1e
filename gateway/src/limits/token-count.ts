import { Lexer, Source, TokenKind } from 'graphql';
import { Refusal } from '../access/refusal';

/**
 * The lexical tokens of a document, counted before anything parses or validates it:
 * both are linear in tokens at best, and validation is quadratic in repeated fields.
 * The body limit bounds this count's own work. A document that does not lex is left
 * to the parser, which says where and why.
 */
export function countTokens(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count++;
  } catch {
    // a syntax error: the count so far stands
  }
  return count;
}

/** A `Refusal` (400, MAX_TOKENS_EXCEEDED) when the document has over `limit` tokens. */
export function checkTokens(document: string, limit: number) {
  const count = countTokens(document);
  if (count > limit) {
    throw new Refusal(400, `The operation's token count is ${count}; the limit is ${limit}`, {
      code: 'MAX_TOKENS_EXCEEDED',
      limit,
      value: count,
    });
  }
}
