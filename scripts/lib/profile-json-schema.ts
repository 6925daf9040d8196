import { z } from 'zod';
import { profileSchema } from '../../src/data/profile-schema';

export function profileJsonSchema() {
  return {
    ...z.toJSONSchema(profileSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'researcher-profile profile',
    description:
      'One researcher profile. Cross-field rules (unique ids and titles, topics, owner in author lists) are checked by `npm run validate-data`.',
  };
}
