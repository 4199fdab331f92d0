package nl.k80.wendbaar.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Finds the parts of a received mail. */
public final class MailParts {

  /** The text of the first part of the given type (text/plain, text/html), or null. */
  public static String part(Part part, String mimeType) throws Exception {
    BodyPart found = find(part, mimeType);
    return found == null ? (part.isMimeType(mimeType) ? (String) part.getContent() : null) : (String) found.getContent();
  }

  /** The first body part of the given type, or null. */
  public static BodyPart find(Part part, String mimeType) throws Exception {
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        if (child.isMimeType(mimeType)) {
          return child;
        }
        BodyPart found = find(child, mimeType);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private MailParts() {}
}
