/**
 * The language switcher (title screen and the run's settings): a labelled select of the
 * languages the game has text for, each named in its own language. Choosing one goes through
 * the store, so the run and everything open stay; screens re-render on `languageChanged`.
 */
import { languages as withText } from '../i18n';
import { languageChoices } from '../state/selectors.ts';
import { el } from './dom.ts';
import type { ViewContext } from './view-context.ts';

export interface LanguageSelect {
  readonly el: HTMLLabelElement;
  /** Re-labels in the current language and shows the language in force. */
  render(): void;
  destroy(): void;
}

export function createLanguageSelect(ctx: ViewContext, className: string): LanguageSelect {
  const { store, i18n } = ctx;
  const offered = languageChoices(withText);
  const label = el('label', className);
  const text = el('span', undefined, label);
  const select = el('select', undefined, label);
  const options = new Map<(typeof offered)[number], HTMLOptionElement>();
  for (const code of offered) {
    const option = el('option', undefined, select);
    option.value = code;
    option.lang = code;
    options.set(code, option);
  }
  const onChange = (): void => {
    store.getState().setLanguage(select.value);
  };
  select.addEventListener('change', onChange);
  return {
    el: label,
    render() {
      text.textContent = i18n.t('settings:language.label');
      for (const [code, option] of options) {
        option.textContent = i18n.t(`settings:language.names.${code}`);
      }
      select.value = store.getState().ui.language;
    },
    destroy() {
      select.removeEventListener('change', onChange);
      label.remove();
    },
  };
}
