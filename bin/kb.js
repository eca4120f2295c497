#!/usr/bin/env node
// The CLI is TypeScript; tsx lets the installed `kb` command run it directly.
import { register } from 'tsx/esm/api';

register();
await import('../lib/cli/main.ts');
