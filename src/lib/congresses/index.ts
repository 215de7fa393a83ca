/** Party congresses (Đại hội): a document's congress, its map key and search token, reading one in a query. */
export { congressOf, congressMapKey, congressToken, CONGRESS_KIND, type CongressDoc } from './congresses';
export { findCongressInWords, type CongressQuery } from './words';
