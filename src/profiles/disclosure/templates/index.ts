/**
 * THE template registry (DESIGN §1): the official tables 表二/表三/表四 of the 2019 and 2021 formats as data — rows in
 * printed order, labels and variants, columns, units, identities — and the 中文 label and unit of every indicator key.
 * Every other module reads labels and units from here.
 */
export * from './types.js';
export * from './table2.js';
export * from './table3.js';
export * from './table4.js';
export * from './headings.js';
export * from './keys.js';
export * from './evidence.js';
export * from './words.js';
