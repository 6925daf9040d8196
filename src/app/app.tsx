// {UI_CONTRACT}: the page's accessible roles and names are fixed in docs/ui-contract.md (the browser
// tests rely on them). Read it before building the page.
import type { ProfileSource } from '../data/profile-source';

export interface AppProps {
  source: ProfileSource;
}

export function App({ source }: AppProps) {
  return <main>Profile: {source.slug}</main>;
}
