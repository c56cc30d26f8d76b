import type { BackgroundContext } from '../context';

/** The part of the background the popup's handlers use (tests build just this much). */
export type PopupBackground = Pick<BackgroundContext, 'services' | 'syncer' | 'matcher'>;
