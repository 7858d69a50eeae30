// The types of bundle-sources.mjs, for the size test that imports it.
export declare function bundleSources(contents: string): Promise<{ code: Uint8Array; inputs: string[] }>;
