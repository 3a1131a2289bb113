export type HashbankTables = {};
