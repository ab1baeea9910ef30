// An area's messages module imported as one language (src/web/i18n/areas.ts); each loader states the
// module's real type where it reads the export.
declare module '*?lang=en';
declare module '*?lang=de';
