// K80 Wendbaar: K80's name in the header and Dutch (locales/nl.json, our own translation) for
// every browser not set to English.
export default {
  app: {
    name: 'Wendbaar',
    vendor: 'K80'
  },
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  }
};
