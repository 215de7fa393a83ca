/** Document codes (số hiệu): kinds and issuers as data, parser, formatter and keys. */
export * from './kinds.ts';
export * from './issuers.ts';
export * from './code.ts';
