import type { ConfigData } from 'html-validate';

/** The html-validate configuration every built page is held to (tests/e2e/quality.test.ts, delivery.test.ts). */
export const HTML_RULES: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // A document's title is its code plus its trích yếu: long by nature, and what readers need.
    'long-title': 'off',
    // Bars of progress against targets carry their width as data; styles cannot run code.
    'no-inline-style': 'off',
  },
};
