package nl.k80.wendbaar.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the webapps' CSP nonce with its own request. Camunda 7.24 puts the nonce of each response's
 * Content-Security-Policy in an attribute of the whole ServletContext, and the index page reads it
 * back from there: a page loaded while another webapp request ran got that request's nonce, so the
 * browser refused every script and the page stayed a spinner (about one load in five with eight at
 * once). Both read the ServletContext through the request, so here that one attribute of it lives
 * in the request instead; everything else is the ServletContext itself.
 */
class RequestScopedCspNonce extends OncePerRequestFilter {

  /** Camunda's attribute name (ContentSecurityPolicyProvider.ATTR_CSP_FILTER_NONCE). */
  static final String NONCE = "org.camunda.bpm.csp.nonce";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ServletContext context = request.getServletContext();
    ServletContext ownNonce = (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
        new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
          boolean theNonce = args != null && args.length > 0 && NONCE.equals(args[0]);
          if (theNonce && method.getName().equals("getAttribute")) {
            return request.getAttribute(NONCE);
          }
          if (theNonce && method.getName().equals("setAttribute")) {
            request.setAttribute(NONCE, args[1]);
            return null;
          }
          try {
            return method.invoke(context, args);
          } catch (InvocationTargetException failed) {
            throw failed.getCause();
          }
        });
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public ServletContext getServletContext() {
        return ownNonce;
      }
    }, response);
  }
}
