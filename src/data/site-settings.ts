import siteJson from '../../data/site.json';
import type { SiteSettings } from './site-schema';

/** This deployment's settings; the assignment makes the build's typecheck hold the file to the schema's type. */
export const siteSettings: SiteSettings = siteJson;
