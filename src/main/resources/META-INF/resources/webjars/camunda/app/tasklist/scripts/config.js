// K80 Wendbaar: Camunda's default Tasklist configuration with K80's name in the header and
// Dutch (locales/nl.json, our own translation) for every browser not set to English.
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
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
