import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Gallery } from './Gallery.js';
import '../preview/preview.css';
import './gallery.css';

// `?test=1` installs the preview page's test hook (window.__avatar) for the browser tests.
const testMode = new URLSearchParams(location.search).get('test') === '1';
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Gallery testMode={testMode} />
  </StrictMode>,
);
