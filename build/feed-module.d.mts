/** The module text that exports `json` (a feed's JSON text) as its default export, without indentation. */
export function feedModule(json: string): string;
