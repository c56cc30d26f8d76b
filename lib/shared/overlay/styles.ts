/**
 * Overlay styles. They live inside the shadow roots, so plain class names cannot collide with the
 * page's; the card and the record panel share one sheet.
 */

const FONT = 'system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif';
const FOCUS = 'button:focus-visible{outline:2px solid #1a73e8;outline-offset:1px}';

/**
 * A badge's box has a fixed size (the mark and up to three characters of count) and its contents are
 * rendered only near the viewport (`content-visibility: auto`): inserting 500 badges into a CRM's
 * table makes the browser restyle and lay out the whole table again, and badges below the fold then
 * cost only their box. Measured on the 500-row list (forced style and layout after inserting them,
 * medians of 11): 118 → 61 ms. The fixed size keeps the table from shifting as rows scroll into view;
 * `ch` is the width of a digit in the badge's font. The paint containment this brings would clip the
 * focus ring, which `overflow-clip-margin` leaves room for.
 */
export const BADGE_HOST =
  'display:inline-block!important;vertical-align:middle!important;margin:0 4px!important;' +
  `width:calc(27px + 3ch)!important;height:18px!important;font:600 11px/18px ${FONT}!important;` +
  'content-visibility:auto!important;overflow-clip-margin:4px!important;';

export const BADGE_CSS =
  '.matched,.ambiguous{display:block;height:100%}' +
  'button{all:unset;box-sizing:border-box;display:flex;align-items:center;gap:3px;width:100%;height:100%;' +
  'padding:0 6px 0 2px;border-radius:9px;background:#0b6e4f;color:#fff;font:inherit;cursor:pointer;white-space:nowrap}' +
  '.m{flex:none;width:14px;height:14px;border-radius:50%;background:#fff;color:#0b6e4f;font-size:9px;line-height:14px;text-align:center}' +
  '.n{flex:1;text-align:center}' +
  // The mark and the count are generated content: text a page script cannot find or select.
  ".m::after{content:'L'}.n::after{content:attr(data-n)}" +
  `.ambiguous button{background:#9a5b00}.ambiguous .m{color:#9a5b00}${FOCUS}`;

export const LAYER_HOST =
  'position:fixed!important;top:0!important;left:0!important;z-index:2147483647!important;';

const BUTTON_CSS =
  'button{font:inherit;cursor:pointer;border:1px solid #d0d7de;border-radius:6px;background:#f6f8fa;padding:3px 10px;' +
  `color:inherit;margin-top:6px}${FOCUS}`;

/** The text, lists and buttons of the card and the record panel (inside card-frame.html). */
const CONTENT_CSS =
  '.head{display:flex;gap:8px;align-items:flex-start;justify-content:space-between}.panel .head{color:#0b6e4f;font-weight:600}' +
  '.name{margin:0;font-size:15px;font-weight:600;overflow-wrap:anywhere;display:-webkit-box;' +
  '-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}.panel .name{font-size:13px}' +
  'dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:10px 0}dt,h3,.muted{color:#59636e}dd{margin:0}' +
  'h3{font-size:12px;margin:10px 0 4px;text-transform:uppercase}ul{margin:0;padding:0 0 0 16px}' +
  'dd,li{overflow-wrap:anywhere}a{color:#0969da}.muted{font-size:12px}.error{color:#b42318}' +
  `${BUTTON_CSS}.x{border:0;background:none;font-size:16px;line-height:1;padding:2px 4px;margin:0}` +
  '.actions{display:flex;gap:8px;align-items:center;margin-top:10px}.actions .muted{flex:1}';

const BOX = 'border:1px solid #d0d7de;border-radius:8px;box-shadow:0 8px 24px rgba(31,35,40,.2)';

/**
 * The toast, drawn by the content script in its closed shadow root (it shows no Leady data): a
 * message and a button, so it carries none of the card's styles.
 */
export const LAYER_CSS =
  `.toast{font:13px/1.4 ${FONT};color:#1f2328;box-sizing:border-box;position:fixed;background:#fff;` +
  `${BOX};text-align:start;padding:12px;left:16px;bottom:16px;max-width:420px;display:flex;gap:12px;` +
  `align-items:center}${BUTTON_CSS}.toast button{margin:0}`;

/** Card and panel sizes are fixed: a frame that grew with its content would tell the page how much it holds. */
export const CARD_SIZE = { width: 340, height: 420 } as const;
export const PANEL_HEIGHT = { company: 132, ambiguous: 104, 'signed-out': 96, expired: 96 } as const;

/**
 * The frames (card-frame.html) in the content script's shadow roots: the box is the iframe itself,
 * light like the overlay whatever the page's color scheme (an iframe whose scheme differs from the
 * page's would be drawn on an opaque backdrop).
 */
export const FRAME_HOST_CSS =
  `iframe{position:fixed;display:block;box-sizing:border-box;${BOX};background:#fff;color-scheme:light;padding:0;margin:0}` +
  `.card{width:${CARD_SIZE.width}px;height:${CARD_SIZE.height}px;max-width:calc(100vw - 16px);max-height:70vh}` +
  '.panel{right:16px;bottom:16px;width:300px;max-width:calc(100vw - 32px)}' +
  'iframe:focus{outline:none}';

/** Inside card-frame.html: the box fills the frame and scrolls. */
export const FRAME_PAGE_CSS =
  `html,body{margin:0;height:100%;background:#fff;color-scheme:light}` +
  `.card,.panel{font:13px/1.4 ${FONT};color:#1f2328;box-sizing:border-box;height:100%;overflow:auto;` +
  `text-align:start;padding:12px;outline:none}${CONTENT_CSS}`;
