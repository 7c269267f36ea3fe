import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor } from './Editor.js';
import './editor.css';

const initialDocument = new URLSearchParams(location.search).get('doc');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Editor initialDocument={initialDocument} />
  </StrictMode>,
);
