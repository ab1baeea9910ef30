// Tables of this domain are declared here (drizzle-kit reads every src/server/**/tables.ts).
export {};
