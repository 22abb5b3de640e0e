// @eulogin-coach/machine/persist: saved progress and share codes. Everything decoded is untrusted: each decoder
// answers with a typed result (`DecodeResult`), never a throw. Their types are also exported by the package root.
export * from './saved-progress.js';
export * from './save-codec.js';
export * from './share-code.js';
export * from './validate-progress.js';
