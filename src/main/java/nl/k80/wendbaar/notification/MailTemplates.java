package nl.k80.wendbaar.notification;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the mail templates under templates/mail/; th:text escapes what users typed in the HTML part. */
@Component
public class MailTemplates {

  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private final TemplateEngine engine = new TemplateEngine();

  MailTemplates() {
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html"));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt"));
  }

  /** The template's name.html, rendered. */
  public String html(String name, Map<String, Object> model) {
    return engine.process(name + ".html", new Context(DUTCH, model));
  }

  /** The template's name.txt, rendered. */
  public String text(String name, Map<String, Object> model) {
    return engine.process(name + ".txt", new Context(DUTCH, model));
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setCharacterEncoding("UTF-8");
    return resolver;
  }
}
