/** `npm run schema`: writes data/profile.schema.json from the zod schema, for editors. */
import { writeFileSync } from 'node:fs';
import { profileJsonSchema } from './lib/profile-json-schema';

const out = 'data/profile.schema.json';
writeFileSync(out, JSON.stringify(profileJsonSchema(), null, 2) + '\n');
console.log(`wrote ${out}`);
