#!/usr/bin/env node
// The `rehash` command: registers the TypeScript loader, then runs the CLI from source, so
// `npx rehash …` works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
