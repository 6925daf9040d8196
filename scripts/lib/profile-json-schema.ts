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
  links: 'Where else the researcher is found; leave out what no checked source confirms',
  'links.homepage': 'The personal homepage, an http(s) URL',
  'links.googleScholar': 'The Google Scholar profile URL, https://scholar.google.com/citations?user=…',
  'links.orcid': 'The ORCID iD alone, e.g. 0000-0002-1825-0097',
  'links.dblp': 'The DBLP person page URL, https://dblp.org/pid/…',
  'links.github': 'The GitHub user name alone',
  'links.email': 'A public email address',
};

/**
 * Rules of the zod schema's cross-field checks that JSON Schema can state too. The rest (topics
 * that are the profile's, unique ids and titles, the owner in every author list) it cannot:
 * validate-data checks them.
 */
const UNIQUE_ITEMS = ['topics', 'nameVariants', 'publications[].topics'];

type JsonSchemaNode = {
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  type?: string | string[];
  description?: string;
  uniqueItems?: boolean;
  if?: unknown;
  then?: unknown;
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
  for (const path of UNIQUE_ITEMS) nodeAt(schema, path).uniqueItems = true;
  // A truncated flag needs an abstract to have cut (curationRuleIssues says the same).
  Object.assign(nodeAt(schema, 'publications[]'), {
    if: { properties: { abstract: { type: 'null' } }, required: ['abstract'] },
    then: { properties: { abstractTruncated: { const: false } } },
  });
  return {
    ...schema,
    title: 'researcher-profile profile',
    description:
      "One researcher profile. Rules across fields that JSON Schema cannot state (unique ids and titles, publication topics that are the profile's, topic URL slugs, the owner in every author list) are checked by `npm run validate-data`.",
  };
}
