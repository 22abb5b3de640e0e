import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { loadPageTexts } from './i18n/content-context.js';
import { initialLocale } from './i18n/locale.js';
import './app.css';

// The page's texts download alongside the app (the locale-preload line of index.html): render once they are here,
// or have failed (the app then explains it), so the first render is the start page itself.
void loadPageTexts(initialLocale()).then((loaded) => {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App loaded={loaded} />
    </StrictMode>,
  );
});
