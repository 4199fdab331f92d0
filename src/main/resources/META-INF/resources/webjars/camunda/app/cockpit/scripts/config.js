// K80 Wendbaar: K80's name in the header.
export default {
  app: {
    name: 'Wendbaar',
    vendor: 'K80'
  }
};
