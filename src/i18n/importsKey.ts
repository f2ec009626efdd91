/** How a problem's key names a message of the importers' section (imports.en.ts), not the validator's. */
export const IMPORTS_KEY_PREFIX = 'imports.';
