package nl.k80.wendbaar.reporting;

/** Where a topic stands, as the register records it; the Dutch label is what users read. */
public enum TopicStatus {
  IN_SCREENING("In screening"),
  BIJ_BESTUUR("Voorgelegd aan het DB"),
  IN_PLANNING("Plan van aanpak"),
  IN_UITVOERING("In uitvoering"),
  AANSLUITEN("Aansluiten bij partner"),
  GEVOLGD("Gevolgd"),
  AFGEROND("Afgerond"),
  AANGESLOTEN("Aangesloten bij partner"),
  NIET_OPGEPAKT("Niet opgepakt"),
  DUBBEL("Gesloten: dubbel aangemeld"),
  NIET_AANGEVULD("Gesloten: niet aangevuld"),
  GEANNULEERD("Geannuleerd door een beheerder");

  private final String label;

  TopicStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Completed work: the end of the lead time from decision to completion. */
  boolean completed() {
    return this == AFGEROND || this == AANGESLOTEN;
  }

  /** The status a final decision puts a topic in. */
  static TopicStatus after(String finalDecision) {
    return switch (finalDecision) {
      case "OPPAKKEN" -> IN_PLANNING;
      case "AANSLUITEN" -> AANSLUITEN;
      case "VOLGEN" -> GEVOLGD;
      case "NIET_OPPAKKEN" -> NIET_OPGEPAKT;
      default -> throw new IllegalArgumentException("No status after decision " + finalDecision);
    };
  }
}
