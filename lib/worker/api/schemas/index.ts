/** Valibot schemas and the types inferred from them for every Leady response the app reads. */
export * from './company';
export * from './lists';
export * from './page';
export * from './session';
