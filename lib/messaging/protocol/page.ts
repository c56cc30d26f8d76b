/** Messages the content script sends for page annotations (declared by the content-script feature). */
export type PageMessages = {};
