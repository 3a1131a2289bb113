export type IntakeTables = {};
