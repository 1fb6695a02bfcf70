// Types of server-bundle.mjs, for the tests that import it.
export declare const SERVER_BUNDLE: string;
export declare const SERVER_BUNDLE_INPUTS: string;
export declare function fileDigest(path: string): string;
export declare function serverBundleStaleReason(root: string): string | null;
export declare function changedInput(root: string, inputs: Record<string, string>): string | null;
