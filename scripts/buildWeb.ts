// The freshness check lives in buildIfStale.mjs, plain JavaScript that `npm start` runs without tsx;
// this name stays for the e2e setup, which builds the web app before starting the server.
export { buildWebIfStale } from './buildIfStale.mjs';
