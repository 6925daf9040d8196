// @citation-js/core ships no types; this is the part the round-trip test uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The imported items, as CSL-JSON. */
    data: Record<string, unknown>[];
  }
}
