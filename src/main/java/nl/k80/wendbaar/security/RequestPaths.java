package nl.k80.wendbaar.security;

import jakarta.servlet.http.HttpServletRequest;

final class RequestPaths {

  /**
   * The request path inside the application as the container will route it: decoded, without
   * the context path, duplicate slashes folded. Matching on the raw URI would let "//" or
   * percent-encoding slip past a check that the servlet behind it would still serve.
   */
  static String of(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return path.replaceAll("/{2,}", "/");
  }

  private RequestPaths() {}
}
