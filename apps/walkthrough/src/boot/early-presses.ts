/**
 * Keeps the presses made on the build-rendered start page before the app has taken it over, and makes them again
 * once it has (`hydratedEvent`, dispatched on `doc` by the app): a press on a button or a summary, and a choice in a
 * drop-down. Without it, a Start pressed in the moment between the page appearing and the app running would do
 * nothing. A kept press does nothing by itself (its default is prevented), so a summary does not open twice.
 *
 * - The kept presses are made one per task, after the app's commit, so each one sees what the one before changed
 *   (two presses on a toggle end where they would have).
 * - A control the app rendered afresh (its page did not match, or it rendered another page) is found again by what it
 *   is (its tag and name, and which one of those it was); if it is not there any more, its press is dropped, never
 *   made on another control.
 * - If the app's script cannot load (an `error` on a script), nothing is kept any more and the summaries pressed so
 *   far open, as they do without a script: the page is not left looking alive while it is not.
 *
 * Self-contained, with no imports and nothing from outside its parameters: the build writes its source into the
 * page as an inline script (prerender.plugin.ts), before the app's scripts run.
 */
export function keepEarlyPresses(doc: Document, hydratedEvent: string): void {
  const CONTROLS = '#root button, #root summary, #root select';
  const kept: {
    readonly target: HTMLElement;
    readonly key: string;
    readonly nth: number;
    readonly value: string | null;
  }[] = [];
  const keyOf = (element: Element) =>
    `${element.tagName}|${element.getAttribute('aria-label') ?? (element.textContent ?? '').trim()}`;
  const controls = () => Array.from(doc.querySelectorAll(CONTROLS));
  const inRoot = (target: EventTarget | null, selector: string): HTMLElement | null => {
    const element = target instanceof Element ? target.closest(selector) : null;
    return element instanceof HTMLElement && element.closest('#root') ? element : null;
  };
  const keep = (target: HTMLElement, value: string | null) => {
    const key = keyOf(target);
    const nth = controls()
      .filter((c) => keyOf(c) === key)
      .indexOf(target);
    kept.push({ target, key, nth, value });
  };
  const press = (event: Event) => {
    const target = inRoot(event.target, 'button, summary');
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    keep(target, null);
  };
  const choose = (event: Event) => {
    const target = inRoot(event.target, 'select');
    if (target instanceof HTMLSelectElement) keep(target, target.value);
  };
  const stop = () => {
    doc.removeEventListener('click', press, true);
    doc.removeEventListener('change', choose, true);
    doc.removeEventListener('error', failed, true);
    doc.removeEventListener(hydratedEvent, live);
  };
  const failed = (event: Event) => {
    if (!(event.target instanceof HTMLScriptElement)) return;
    stop();
    for (const { target } of kept) if (target.tagName === 'SUMMARY' && target.isConnected) target.click();
  };
  const live = () => {
    stop();
    const again = (i: number) => {
      const next = kept[i];
      if (!next) return;
      const target = next.target.isConnected ? next.target : controls().filter((c) => keyOf(c) === next.key)[next.nth];
      if (target instanceof HTMLSelectElement && next.value !== null) {
        target.value = next.value;
        target.dispatchEvent(new Event('change', { bubbles: true }));
      } else if (target instanceof HTMLElement && next.value === null) target.click();
      setTimeout(again, 0, i + 1);
    };
    setTimeout(again, 0, 0);
  };
  doc.addEventListener('click', press, true);
  doc.addEventListener('change', choose, true);
  doc.addEventListener('error', failed, true);
  doc.addEventListener(hydratedEvent, live);
}
