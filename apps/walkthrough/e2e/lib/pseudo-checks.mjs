/* global document, getComputedStyle -- the checks run in the page (page.evaluate) */
// What the pseudo-locale run looks for on each screen (specs/pseudo-locale.e2e.mjs): any text a person sees or hears
// that is not between the pseudo-locale's markers (so not from packages/content), anything clipped, interactive
// elements on top of each other, and the page scrolling sideways.
import { PSEUDO_CLOSE, PSEUDO_OPEN } from './texts.mjs';

/**
 * Data, not texts, that may show outside the markers: a word of one of these forms, or one of `names` (the
 * languages' own names in the language pickers, the practice persona's details, what the test typed).
 */
const DATA = [
  /^[^\p{L}]*$/u, // numbers, times, punctuation and symbols
  /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/, // e-mail addresses
  /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:[/?#]\S*)?$/, // addresses (webgate.ec.europa.eu/…)
  /^(?=.*\d)[A-Z\d]{2,}(?:-[A-Z\d]{2,})*$/, // codes: one-time code, share code (whole or in groups)
  /^[A-Z\d]$/, // a captcha's characters, shown and read out one by one
  /^(?:AM|PM)$/, // a time as the page's language writes it (Intl.DateTimeFormat, the phone's clock)
];

/**
 * The texts of the page that are not between markers, as "where: text", after taking out every marked text
 * (innermost first, as a text may hold another in a placeholder) and every allowed piece of data.
 */
export async function unmarkedTexts(page, names = []) {
  const found = await page.evaluate(
    ([open, close]) => {
      const strip = (text) => {
        const marked = new RegExp(`\\${open}[^\\${open}\\${close}]*\\${close}`, 'g');
        let rest = text;
        for (let before = ''; before !== rest;) [before, rest] = [rest, rest.replace(marked, ' ')];
        return rest;
      };
      const out = [{ where: 'page', text: strip(document.body.innerText) }];
      out.push({ where: 'title', text: strip(document.title) });
      const visible = (el) => el.checkVisibility?.() ?? true;
      for (const el of document.body.querySelectorAll('[aria-label],[placeholder],[title],[alt],[aria-valuetext]')) {
        if (!visible(el) || el.closest('[aria-hidden="true"]')) continue;
        for (const attr of ['aria-label', 'placeholder', 'title', 'alt', 'aria-valuetext']) {
          const value = el.getAttribute(attr);
          if (value) out.push({ where: `${el.tagName.toLowerCase()}[${attr}]`, text: strip(value) });
        }
      }
      return out;
    },
    [PSEUDO_OPEN, PSEUDO_CLOSE],
  );
  const allowed = new Set(names.flatMap((n) => n.split(/\s+/)));
  const left = [];
  for (const { where, text } of found) {
    for (const line of text.split('\n')) {
      const words = line
        .split(/\s+/)
        .filter((w) => w && !allowed.has(w) && !DATA.some((re) => re.test(w.replace(/^[("'<]+|[)"'>,.:;]+$/g, ''))));
      if (words.length) left.push(`${where}: ${words.join(' ')}  (in "${line.trim().slice(0, 80)}")`);
    }
  }
  return [...new Set(left)];
}

/**
 * Layout faults a person would see on the screen as it is: the page wider than the window, an element that hides
 * what overflows it (overflow hidden or clip, or an ellipsis) while its content is wider or taller than it, and two
 * visible interactive elements whose boxes overlap (neither inside the other).
 */
export async function layoutFaults(page) {
  return page.evaluate((open) => {
    const faults = [];
    const html = document.documentElement;
    const describe = (el) => {
      const name =
        el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent?.trim().slice(0, 40) ?? '';
      return `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${name}"`;
    };
    if (html.scrollWidth > html.clientWidth) {
      const wide = [...document.body.querySelectorAll('*')].filter(
        (d) => d.checkVisibility() && d.getBoundingClientRect().right > html.clientWidth + 1,
      );
      // The outermost and the deepest element reaching past the window's right edge.
      const by = wide.length ? `, by ${describe(wide[0])} … ${describe(wide.at(-1))}` : '';
      faults.push(`the page is ${html.scrollWidth}px wide on ${html.clientWidth}px${by}`);
    }
    for (const el of document.body.querySelectorAll('*')) {
      // Data cut short as a real screen would (an address in the pretend browser's bar) is not a text cut off.
      if (!el.checkVisibility() || !el.textContent?.includes(open)) continue;
      const style = getComputedStyle(el);
      // Visually hidden text (1px, clipped) is for screen readers: it is meant to be clipped. A field scrolls what is
      // typed in it.
      if (el.clientWidth <= 1 || el.clientHeight <= 1 || el.matches('input, textarea, select')) continue;
      const hidesX = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      const hidesY = ['hidden', 'clip'].includes(style.overflowY);
      if (hidesX && el.scrollWidth > el.clientWidth + 1) {
        // The deepest element sticking out on the right, or whose own content does: what is cut off.
        const right = el.getBoundingClientRect().right;
        const out = [...el.querySelectorAll('*')]
          .filter(
            (d) =>
              d.checkVisibility() && (d.getBoundingClientRect().right > right + 1 || d.scrollWidth > d.clientWidth + 1),
          )
          .pop();
        const what = out ? `, cut: ${describe(out)}` : '';
        faults.push(`clipped sideways (${el.scrollWidth}px in ${el.clientWidth}px): ${describe(el)}${what}`);
      }
      if (hidesY && el.scrollHeight > el.clientHeight + 1)
        faults.push(`clipped at the bottom (${el.scrollHeight}px in ${el.clientHeight}px): ${describe(el)}`);
    }
    const controls = [
      ...document.body.querySelectorAll(
        'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=tab], [role=link]',
      ),
    ]
      .filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 1 && r.height > 1);
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const a = controls[i];
        const b = controls[j];
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 1)
          faults.push(`overlapping (${Math.round(w)}×${Math.round(h)}px): ${describe(a.el)} and ${describe(b.el)}`);
      }
    }
    return faults;
  }, PSEUDO_OPEN);
}
