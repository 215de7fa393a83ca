/**
 * Data written into a classic script (the packet's kits, the code map): JSON is a JavaScript
 * literal, with "</" and U+2028/9 escaped so the text is inert anywhere, even inside HTML.
 */

/** `data` as a JavaScript literal safe to put in a script. */
export function scriptLiteral(data: unknown): string {
  return JSON.stringify(data).replace(/<\//g, '<\\/').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
