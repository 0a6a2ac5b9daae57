/** The page's fixed elements (public/index.html), looked up by id and checked by type. */

/** The element with this id; throws when it is missing or not a `type` (index.html changed). */
export function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`index.html has no ${type.name} #${id}`);
  return found;
}

/** The element with this id, of any kind. */
export const byId = (id: string): HTMLElement => element(id, HTMLElement);
