// Types of client-build.mjs, for the tests that import it.
export declare const CLIENT_DIR: string;
export declare const CLIENT_BUILD_INPUTS: string;
export declare function clientBuildStaleReason(root: string): string | null;
