import type { ProfileSource } from '../data/profile-source';

export interface AppProps {
  source: ProfileSource;
}

export function App({ source }: AppProps) {
  return <main>Profile: {source.slug}</main>;
}
