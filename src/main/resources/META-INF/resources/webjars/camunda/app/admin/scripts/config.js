// K80 Wendbaar: K80's name in the header and Dutch (locales/nl.json, our own translation) for
// every browser not set to English.
export default {
  // Relative to app/<name>/: /k80/sso-logout.js, which makes "Afmelden" end the provider's session with SSO.
  customScripts: ['../../../k80/sso-logout'],
  app: {
    name: 'Wendbaar',
    vendor: 'K80'
  },
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  }
};
