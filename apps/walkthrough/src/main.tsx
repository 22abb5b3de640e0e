import { createRoot, hydrateRoot } from 'react-dom/client';
import { StartTree } from './boot/start-tree.js';
import { loadPageTexts } from './i18n/content-context.js';
import { initialLocale } from './i18n/locale.js';
import './app.css';

// The page's texts download alongside the app (the locale-preload line of index.html): render once they are here,
// or have failed (the app then explains it), so the first render is the start page itself.
void loadPageTexts(initialLocale()).then((loaded) => {
  const root = document.getElementById('root');
  if (!root) return;
  const tree = <StartTree loaded={loaded} />;
  // The build rendered the start page into the page for a first visit in its language, and its script in the head
  // said whether this is one (prerender.plugin.ts): such a visit takes the page over as it is; any other renders its
  // own page in place of it.
  const visit = document.documentElement.dataset.prerender;
  if (visit === 'fresh' && loaded?.locale === root.dataset.prerendered) {
    hydrateRoot(root, tree);
  } else {
    root.replaceChildren();
    createRoot(root).render(tree);
  }
  // The build's page, hidden for a visit it was not made for, is gone now.
  delete document.documentElement.dataset.prerender;
});
