import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createHistoryLocation } from './lib/location';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App
      source={{ kind: 'url', baseUrl: './profiles', slug: import.meta.env.VITE_DEFAULT_PROFILE }}
      location={createHistoryLocation(window)}
    />
  </StrictMode>,
);
