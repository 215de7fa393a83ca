/** Central Committee plenums (Hội nghị Trung ương): the list, their names, reading them in a query, their search token. */
export { plenumsOf, type Plenum, type PlenumDoc } from './plenums';
export { plenumNames } from './names';
export { findPlenumInWords, type PlenumQuery } from './words';
export { plenumToken } from './token';
export { plenumKey, plenumSlug } from './key';
