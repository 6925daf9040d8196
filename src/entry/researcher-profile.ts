import { ResearcherProfileElement } from '../embed/researcher-profile-element';

// The embed script's entry (dist/embed/researcher-profile.js): loading it twice is harmless.
if (!customElements.get('researcher-profile'))
  customElements.define('researcher-profile', ResearcherProfileElement);
