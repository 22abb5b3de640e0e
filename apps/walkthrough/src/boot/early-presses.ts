/**
 * Keeps the presses made on the build-rendered start page before the app has taken it over, and makes them again
 * once it has (`hydratedEvent`, dispatched on `doc` by the app): a press on a button or a summary, and a choice in a
 * drop-down. Without it, a Start pressed in the moment between the page appearing and the app running would do
 * nothing. A kept press does nothing by itself (its default is prevented), so a summary does not open twice.
 *
 * Self-contained, with no imports and nothing from outside its parameters: the build writes its source into the
 * page as an inline script (prerender.plugin.ts), before the app's scripts run.
 */
export function keepEarlyPresses(doc: Document, hydratedEvent: string): void {
  const kept: { readonly target: HTMLElement; readonly value: string | null }[] = [];
  const inRoot = (target: EventTarget | null, selector: string): HTMLElement | null => {
    const element = target instanceof Element ? target.closest(selector) : null;
    return element instanceof HTMLElement && element.closest('#root') ? element : null;
  };
  const press = (event: Event) => {
    const target = inRoot(event.target, 'button, summary');
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    kept.push({ target, value: null });
  };
  const choose = (event: Event) => {
    const target = inRoot(event.target, 'select');
    if (target instanceof HTMLSelectElement) kept.push({ target, value: target.value });
  };
  doc.addEventListener('click', press, true);
  doc.addEventListener('change', choose, true);
  doc.addEventListener(
    hydratedEvent,
    () => {
      doc.removeEventListener('click', press, true);
      doc.removeEventListener('change', choose, true);
      for (const { target, value } of kept) {
        // A page that the app rendered afresh (it did not match) has new elements: the old ones are gone.
        if (!target.isConnected) continue;
        if (value === null) target.click();
        else if (target instanceof HTMLSelectElement) {
          target.value = value;
          target.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }
    },
    { once: true },
  );
}
