import profileJson from '../data/profiles/razvan-pascanu.json';
import siteJson from '../data/site.json';
import { parseProfile, type Profile } from '../src/data/profile-schema';
import type { SiteSettings } from '../src/data/site-schema';

/** The curated profile, checked by the schema (which also fills its defaults). */
export function realProfile(): Profile {
  const result = parseProfile(structuredClone(profileJson));
  if (!result.ok) throw new Error(`razvan-pascanu.json is invalid: ${JSON.stringify(result.problems)}`);
  return result.profile;
}

export const realInstitute = (): SiteSettings['institute'] => structuredClone(siteJson).institute;

/** Text that has broken HTML and JSON embedding before: closing tags, comments, quotes, entities, separators. */
export const HOSTILE = `</script ><script>alert(1)</script> <!--<script> "quoted" 'single' a<b c>d &amp; & \u2028line\u2029para </title ><img src=x onerror=alert(1)>`;
