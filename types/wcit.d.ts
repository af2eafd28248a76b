// `wcit-embed/wcit.js`, the one-file bundle, exports what the main entry does.
export * from '../dist/index.js';
