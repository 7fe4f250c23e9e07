// Typed keys: the English files are the source of truth for which keys exist. `t('nope')` is a
// type error, and every other locale is checked against English by a test.
import type access from './locales/en/access.json';
import type check from './locales/en/check.json';
import type common from './locales/en/common.json';
import type content from './locales/en/content.json';
import type debrief from './locales/en/debrief.json';
import type embed from './locales/en/embed.json';
import type hardening from './locales/en/hardening.json';
import type modelcard from './locales/en/modelcard.json';
import type roomcheck from './locales/en/roomcheck.json';
import type run from './locales/en/run.json';
import type screens from './locales/en/screens.json';
import type settings from './locales/en/settings.json';
import type widget from './locales/en/widget.json';
import type workshop from './locales/en/workshop.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      content: typeof content;
      run: typeof run;
      screens: typeof screens;
      debrief: typeof debrief;
      modelcard: typeof modelcard;
      embed: typeof embed;
      access: typeof access;
      hardening: typeof hardening;
      widget: typeof widget;
      workshop: typeof workshop;
      settings: typeof settings;
      check: typeof check;
      roomcheck: typeof roomcheck;
    };
  }
}
