import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StreamClient } from '../net/stream.js';
import { streamUrl } from '../net/url.js';
import { Counter } from './Counter.js';
import './counter.css';

const channel = new URLSearchParams(location.search).get('channel') ?? 'schalter-1';
const client = new StreamClient(streamUrl());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Counter client={client} channel={channel} />
  </StrictMode>,
);
