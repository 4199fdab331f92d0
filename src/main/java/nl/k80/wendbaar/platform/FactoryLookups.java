package nl.k80.wendbaar.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Libraries the engine uses look up a factory with a ServiceLoader, which scans every jar of the
 * class path, on every use: Camunda's REST API its process engine provider on every request and
 * resource, Camunda's timers and job retries an XML DatatypeFactory for every job they create, Jakarta
 * Mail its stream provider for every message. Profiling the intake under load put a fifth of a
 * request's CPU there. The two JDK factories are named once as system properties (their documented
 * first lookup); for the rest, requests run with a context class loader that remembers each
 * META-INF/services lookup, which cannot change while the application runs.
 */
@Configuration
class FactoryLookups {

  static {
    setIfAbsent("javax.xml.datatype.DatatypeFactory", "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl");
    setIfAbsent("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
  }

  private static void setIfAbsent(String property, String factory) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, factory);
    }
  }

  @Bean
  FilterRegistrationBean<ServiceLookupCache> serviceLookupCache() {
    FilterRegistrationBean<ServiceLookupCache> registration = new FilterRegistrationBean<>(new ServiceLookupCache());
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Runs each request with the caching class loader around the container's. */
  static final class ServiceLookupCache extends OncePerRequestFilter {

    private final Map<ClassLoader, CachingClassLoader> loaders = new ConcurrentHashMap<>();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Thread thread = Thread.currentThread();
      ClassLoader container = thread.getContextClassLoader();
      thread.setContextClassLoader(loaders.computeIfAbsent(container, CachingClassLoader::new));
      try {
        chain.doFilter(request, response);
      } finally {
        thread.setContextClassLoader(container);
      }
    }
  }

  /**
   * Delegates everything to its parent, and remembers the service descriptors the class path holds,
   * with their contents: Tomcat switches off Java's cache of opened jars, so reading a descriptor
   * from its jar would open and index that jar again on every lookup.
   */
  static final class CachingClassLoader extends ClassLoader {

    private final Map<String, List<URL>> services = new ConcurrentHashMap<>();

    CachingClassLoader(ClassLoader parent) {
      super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (!name.startsWith("META-INF/services/")) {
        return super.getResources(name);
      }
      List<URL> found = services.get(name);
      if (found == null) {
        found = new ArrayList<>();
        for (URL descriptor : Collections.list(super.getResources(name))) {
          found.add(inMemory(descriptor));
        }
        services.put(name, found);
      }
      return Collections.enumeration(found);
    }

    /** The descriptor's bytes behind a URL of their own, under the original's name. */
    private static URL inMemory(URL descriptor) throws IOException {
      byte[] content;
      try (InputStream in = descriptor.openStream()) {
        content = in.readAllBytes();
      }
      return new URL(null, "k80-service:" + descriptor, new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(URL url) {
          return new URLConnection(url) {
            @Override
            public void connect() {
            }

            @Override
            public InputStream getInputStream() {
              return new ByteArrayInputStream(content);
            }
          };
        }
      });
    }
  }
}
