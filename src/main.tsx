import { mountProfile } from './entry/mount-profile';
import { createHistoryLocation } from './lib/location';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

mountProfile(root, {
  source: { kind: 'url', baseUrl: './profiles', slug: import.meta.env.VITE_DEFAULT_PROFILE },
  location: createHistoryLocation(window),
  ownsDocument: true,
});
