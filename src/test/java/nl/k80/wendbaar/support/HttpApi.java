package nl.k80.wendbaar.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** A real HTTP client against the running application, as a user or another program meets it. */
public final class HttpApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final String authorization;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  private HttpApi(String baseUrl, String authorization) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
  }

  public static HttpApi anonymous(int port) {
    return new HttpApi("http://localhost:" + port, null);
  }

  /** HTTP Basic, as programs call /engine-rest. */
  public static HttpApi basic(int port, String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new HttpApi("http://localhost:" + port, "Basic " + token);
  }

  /** A webapp session, as the browser has it after logging in to the given app. */
  public static HttpApi webappSession(int port, String user, String password, String app) {
    HttpApi api = anonymous(port);
    Response login = api.webappLogin(user, password, app);
    if (login.status() != 200) {
      throw new IllegalStateException("login of " + user + " to " + app + " failed: " + login);
    }
    // As the webapp does after logging in: the new session's CSRF token comes with this first read.
    api.get("/camunda/api/admin/auth/user/default");
    return api;
  }

  /** Logs in to a webapp (tasklist, cockpit, admin) as its login page does. */
  public Response webappLogin(String user, String password, String app) {
    get("/camunda/app/" + app + "/default/");
    return send(request("/camunda/api/admin/auth/user/default/login/" + app)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password))));
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response post(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
  }

  /** A multipart/form-data request of text fields, as an HTML form with enctype multipart sends it. */
  public Response postMultipart(String path, Map<String, String> fields) {
    String boundary = "k80-" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
        .append(value).append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /**
   * Sends only the head of a POST, as a client that waits for the server's consent before it sends
   * the body (Expect: 100-continue) or that streams it in chunks, and answers the status code the
   * server gives without having read a byte of the body. (Java 17's HttpClient waited for ever when
   * the server refused the expectation; so this speaks HTTP itself.)
   */
  public int statusOfHead(String path, Map<String, String> headers) {
    URI uri = URI.create(baseUrl + path);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n");
      if (authorization != null) {
        head.append("Authorization: ").append(authorization).append("\r\n");
      }
      headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      socket.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
      String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
      return Integer.parseInt(statusLine.split(" ")[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Response put(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(toJson(body))));
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    // The webapps' CSRF protection wants its cookie echoed in a header.
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      if (cookie.getName().equals("XSRF-TOKEN")) {
        builder.header("X-XSRF-TOKEN", cookie.getValue());
      }
    }
    return builder;
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String toJson(Object body) {
    if (body instanceof String text) {
      return text;
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public record Response(int status, String body, HttpHeaders headers) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
