package nl.k80.wendbaar.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** A refusal written by a filter, in the shape of the REST API's own errors: {"type", "message"}. */
final class ErrorResponse {

  private static final ObjectMapper JSON = new ObjectMapper();

  static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getWriter(), Map.of("type", type, "message", message));
  }

  private ErrorResponse() {}
}
