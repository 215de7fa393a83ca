/** Search: folding, code tokens, extra index terms, query planning, ranking, highlighting, URL state, the code map, spelling. */
export * from './terms.ts';
export * from './query.ts';
export * from './rank.ts';
export * from './highlight.ts';
export * from './url.ts';
export * from './code-map.ts';
export * from './spelling.ts';
export * from './early.ts';
export * from './pagefind.ts';
