import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ticketUrl } from '../net/ticket.js';
import { streamUrl } from '../net/url.js';
import '../preview/preview.css';
import { Console } from './Console.js';

const channel = new URLSearchParams(location.search).get('channel') ?? 'schalter-1';
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Console makeUrl={(token) => (token ? ticketUrl(token) : streamUrl())} initialChannel={channel} />
  </StrictMode>,
);
