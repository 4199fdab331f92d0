package nl.k80.wendbaar.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP requests from another client address on this machine (127.0.0.2, 127.0.0.3, ...: all of
 * 127/8 is loopback on Linux), as if different people called from different places. Java's
 * HttpClient cannot choose its local address, so this speaks plain HTTP/1.1 over a socket.
 */
public final class FromAddress {

  private final String address;
  private final int port;

  public FromAddress(String address, int port) {
    this.address = address;
    this.port = port;
  }

  /** The status of a GET with HTTP Basic. */
  public int basicGet(String path, String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send("GET " + path + " HTTP/1.1\r\nAuthorization: Basic " + token + "\r\n", "");
  }

  /** The status of a webapp login, as the login page posts it: first the page for the session and CSRF cookies. */
  public int webappLogin(String user, String password, String app) {
    String page = exchange("GET /camunda/app/" + app + "/default/ HTTP/1.1\r\n", "");
    String session = cookie(page, "JSESSIONID");
    String csrf = cookie(page, "XSRF-TOKEN");
    String body = "username=" + HttpApi.encode(user) + "&password=" + HttpApi.encode(password);
    return send("POST /camunda/api/admin/auth/user/default/login/" + app + " HTTP/1.1\r\n"
        + "Cookie: JSESSIONID=" + session + "; XSRF-TOKEN=" + csrf + "\r\nX-XSRF-TOKEN: " + csrf + "\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n", body);
  }

  private static String cookie(String response, String name) {
    Matcher cookie = Pattern.compile("(?im)^Set-Cookie: " + name + "=([^;\\r\\n]*)").matcher(response);
    return cookie.find() ? cookie.group(1) : "";
  }

  private int send(String requestLineAndHeaders, String body) {
    return Integer.parseInt(exchange(requestLineAndHeaders, body).substring(9, 12));
  }

  /** The whole response: status line, headers and body. */
  private String exchange(String requestLineAndHeaders, String body) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write((requestLineAndHeaders + "Host: localhost:" + port + "\r\nConnection: close\r\n\r\n" + body)
          .getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
