import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './preview.css';

const testMode = new URLSearchParams(location.search).get('test') === '1';
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App testMode={testMode} />
  </StrictMode>,
);
