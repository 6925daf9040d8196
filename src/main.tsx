import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { isExpectedProfileError } from './app/profile-error';
import { createHistoryLocation } from './lib/location';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root, {
  // The page explains these itself (not found, invalid data, network down): no console noise.
  onCaughtError(error, info) {
    if (!isExpectedProfileError(error)) console.error(error, info.componentStack);
  },
}).render(
  <StrictMode>
    <App
      source={{ kind: 'url', baseUrl: './profiles', slug: import.meta.env.VITE_DEFAULT_PROFILE }}
      location={createHistoryLocation(window)}
      ownsDocument
    />
  </StrictMode>,
);
