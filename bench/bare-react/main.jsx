// The baseline for the walkthrough's start-up budget: the smallest Vite + React page with one heading and button.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [count, setCount] = useState(0);
  return (
    <main>
      <h1>Bare page</h1>
      <button type="button" onClick={() => setCount(count + 1)}>
        Start {count}
      </button>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
