/** Which sites the content script annotates: built-in CRM toggles and user-added origins. */
export interface SitesMessages {
  /**
   * Enable annotations on an origin the user added in the options page ("https://crm.example.com").
   * The options page must already hold the origin's host permission (permissions.request needs the
   * user's click, so it is asked there); the background registers the content script for it.
   */
  'sites.enable': { request: { origin: string }; response: { origins: string[] } };
  'sites.disable': { request: { origin: string }; response: { origins: string[] } };
}
