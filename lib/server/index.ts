// The HTTP plumbing of `server.ts`, below Next: which methods and paths it answers, and how.
export * from './request-method';
export * from './request-path';
export * from './whole-response';
export * from './client-error';
export * from './security-headers';
export * from './one-location';
export * from './build-age';
export * from './not-modified';
export * from './cross-origin';
export * from './begin-answer';
export * from './page-caching';
