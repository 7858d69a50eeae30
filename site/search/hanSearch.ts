// Loaded on every page of the site (scripts/typedoc-plugin.mjs): typedoc's search reads the query
// from the box's `value` on every keystroke, so the box answers that read with the query split for
// Chinese (hanQuery.ts) while showing the reader exactly what they typed.
import { hanQuery } from './hanQuery.js';

const box = document.getElementById('tsd-search-input');
const own = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
if (box instanceof HTMLInputElement && own?.get !== undefined && own.set !== undefined) {
  const { get, set } = own;
  Object.defineProperty(box, 'value', {
    configurable: true,
    get(this: HTMLInputElement) {
      return hanQuery(get.call(this) as string);
    },
    set(this: HTMLInputElement, text: string) {
      set.call(this, text);
    },
  });
}
