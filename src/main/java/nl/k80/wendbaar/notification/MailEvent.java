package nl.k80.wendbaar.notification;

/** What a mail tells, with its Dutch subject; the body is in templates/mail/topic.{html,txt}. */
public enum MailEvent {
  ACCEPTED("Aanmelding ontvangen"),
  SUPPLEMENT_REQUESTED("Graag aanvullen"),
  CLOSED_UNANSWERED("Aanmelding gesloten: niet aangevuld"),
  DUPLICATE("Aanmelding gesloten: al eerder aangemeld"),
  DECIDED("Besluit"),
  COMPLETED("Afgerond"),
  TASK_ROUTED("Nieuwe taak"),
  REMINDER("Herinnering: plan van aanpak nog niet opgepakt"),
  ESCALATED("Geëscaleerd naar het Dagelijks Bestuur: plan van aanpak nog niet opgepakt");

  private final String subject;

  MailEvent(String subject) {
    this.subject = subject;
  }

  String subject(String reference, String title) {
    return "[K80] " + reference + " " + title + ": " + subject;
  }
}
