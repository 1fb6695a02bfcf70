#!/usr/bin/env node
// The `tablehop` bin: runs the TypeScript CLI through tsx (Node 20 cannot strip types itself).
// The tsconfig is named explicitly so the CLI behaves the same from any working directory.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../server/cli/main.ts');
