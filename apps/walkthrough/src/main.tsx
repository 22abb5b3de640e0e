import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { preloadContent } from './i18n/content-context.js';
import { initialLocale } from './i18n/locale.js';
import './app.css';

preloadContent(initialLocale());
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
