// Typed keys: the English files are the source of truth for which keys exist. `t('nope')` is a
// type error, and every other locale is checked against English by a test.
import type common from './locales/en/common.json';
import type content from './locales/en/content.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      content: typeof content;
    };
  }
}
