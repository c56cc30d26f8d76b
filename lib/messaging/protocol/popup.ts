/** Messages only the popup and the options page send (declared by the popup feature). */
export type PopupMessages = {};
