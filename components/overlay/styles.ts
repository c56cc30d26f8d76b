/**
 * Overlay styles. They live inside the shadow roots, so plain class names cannot collide with the
 * page's; the card and the record panel share one sheet.
 */

const FONT = 'system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif';
const FOCUS = 'button:focus-visible{outline:2px solid #1a73e8;outline-offset:1px}';

export const BADGE_HOST =
  'display:inline-block!important;vertical-align:middle!important;margin:0 4px!important;';

export const BADGE_CSS =
  'button{all:unset;display:inline-flex;align-items:center;gap:3px;height:18px;padding:0 6px 0 2px;' +
  `border-radius:9px;background:#0b6e4f;color:#fff;font:600 11px/18px ${FONT};cursor:pointer;white-space:nowrap}` +
  '.m{width:14px;height:14px;border-radius:50%;background:#fff;color:#0b6e4f;font-size:9px;line-height:14px;text-align:center}' +
  `.ambiguous button{background:#9a5b00}.ambiguous .m{color:#9a5b00}${FOCUS}`;

export const LAYER_HOST =
  'position:fixed!important;top:0!important;left:0!important;z-index:2147483647!important;';

export const LAYER_CSS =
  `.card,.panel,.toast{font:13px/1.4 ${FONT};color:#1f2328;box-sizing:border-box;position:fixed;background:#fff;` +
  'border:1px solid #d0d7de;border-radius:8px;box-shadow:0 8px 24px rgba(31,35,40,.2);text-align:start;padding:12px}' +
  '.card{width:340px;max-width:calc(100vw - 16px);max-height:70vh;overflow:auto}' +
  '.panel{right:16px;bottom:16px;width:300px;max-width:calc(100vw - 32px)}' +
  '.toast{left:16px;bottom:16px;max-width:420px;display:flex;gap:12px;align-items:center}.toast button{margin:0}' +
  '.head{display:flex;gap:8px;align-items:flex-start;justify-content:space-between}.panel .head{color:#0b6e4f;font-weight:600}' +
  '.name{margin:0;font-size:15px;font-weight:600;overflow-wrap:anywhere;display:-webkit-box;' +
  '-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}.panel .name{font-size:13px}' +
  'dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:10px 0}dt,h3,.muted{color:#59636e}dd{margin:0}' +
  'h3{font-size:12px;margin:10px 0 4px;text-transform:uppercase}ul{margin:0;padding:0 0 0 16px}' +
  'dd,li{overflow-wrap:anywhere}a{color:#0969da}.muted{font-size:12px}.error{color:#b42318}' +
  'button{font:inherit;cursor:pointer;border:1px solid #d0d7de;border-radius:6px;background:#f6f8fa;padding:3px 10px;' +
  `color:inherit;margin-top:6px}.x{border:0;background:none;font-size:16px;line-height:1;padding:2px 4px;margin:0}${FOCUS}` +
  '.actions{display:flex;gap:8px;align-items:center;margin-top:10px}.actions .muted{flex:1}';
