import { z } from 'zod';
import { profileSchema } from '../../src/data/profile-schema';

/**
 * Field descriptions for editors. They live here rather than in the zod schema, where they would
 * ship to every visitor's browser (about 0.6 KB gzip with zod's describe machinery).
 * Paths: `a.b` for properties, `a[]` for array items.
 */
const DESCRIPTIONS: Record<string, string> = {
  nameVariants: 'Other spellings of the owner in author lists, e.g. the native spelling',
  'portrait.src': 'null when no image is available: the page shows initials',
  'publications[].id': 'Stable slug, unique within the profile',
  'publications[].alternateTitles':
    'Other titles the work is known by (e.g. an earlier arXiv version); searchable',
  'publications[].authors': 'In paper order, the profile owner included',
  'publications[].venue': 'Where it appeared; null when unconfirmed',
  'publications[].topics': "Each one of the profile's topics",
  'publications[].abstractTruncated': "True when the source lost the abstract's end",
  'publications[].links[].label': 'Shown instead of the kind, e.g. "Code (GitHub)"',
};

type JsonSchemaNode = {
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  type?: string;
  description?: string;
};

/** The node for an object's properties, looking through `anyOf: [object, null]`. */
function objectOf(node: JsonSchemaNode): JsonSchemaNode {
  return node.anyOf?.find((variant) => variant.type === 'object') ?? node;
}

function nodeAt(root: JsonSchemaNode, path: string): JsonSchemaNode {
  return path.split('.').reduce((node, segment) => {
    const name = segment.replace(/\[\]$/, '');
    const property = objectOf(node).properties?.[name];
    if (!property) throw new Error(`profile-json-schema: no field at "${path}"`);
    return segment.endsWith('[]') ? (property.items ?? property) : property;
  }, root);
}

export function profileJsonSchema() {
  const schema = z.toJSONSchema(profileSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
  for (const [path, description] of Object.entries(DESCRIPTIONS))
    nodeAt(schema, path).description = description;
  return {
    ...schema,
    title: 'researcher-profile profile',
    description:
      'One researcher profile. Cross-field rules (unique ids and titles, topics, owner in author lists) are checked by `npm run validate-data`.',
  };
}
