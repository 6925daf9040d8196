import * as z from 'zod/mini';
import { httpUrl } from './profile-schema';

/**
 * Settings of a deployment, shared by all its profiles: `data/site.json`. Bundled at build time
 * (no request of its own) and checked by validate-data, so the page does not parse it again.
 */
export const siteSchema = z.strictObject({
  /** The institute a profile's membership is of; null for a deployment that is no institute's. */
  institute: z.nullable(
    z.strictObject({
      name: z.string().check(z.minLength(1), z.maxLength(200)),
      url: httpUrl,
    }),
  ),
});

export type SiteSettings = z.infer<typeof siteSchema>;
