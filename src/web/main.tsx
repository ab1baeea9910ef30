import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');
const root = container;

function render() {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// The first paint waits for the language's catalogue, so no untranslated key ever shows. Should the
// catalogue not arrive at all, the app still renders (keys then show instead of a blank page).
initI18n().then(render, (error: unknown) => {
  console.error('Could not load the messages', error);
  render();
});
