package io.nerbyoc.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 keep-alive client over one socket, for 127.0.0.1 only: the request goes
 * out in one write with TCP_NODELAY, the response is read by Content-Length or chunked coding.
 * It adds far less client-side time per request than java.net.http, which matters when the
 * server answers in a millisecond or two.
 */
final class RawHttpClient implements AutoCloseable {
  record Reply(int status, byte[] body) {}

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;

  RawHttpClient(int port, int timeoutMillis) throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(timeoutMillis);
    socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
  }

  Reply post(String pathAndQuery, String contentType, Map<String, String> headers, byte[] body)
      throws IOException {
    StringBuilder head = new StringBuilder(256)
        .append("POST ").append(pathAndQuery).append(" HTTP/1.1\r\n")
        .append("Host: 127.0.0.1\r\n")
        .append("Content-Type: ").append(contentType).append("\r\n")
        .append("Content-Length: ").append(body.length).append("\r\n");
    headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("\r\n");
    byte[] h = head.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[h.length + body.length];
    System.arraycopy(h, 0, request, 0, h.length);
    System.arraycopy(body, 0, request, h.length, body.length);
    out.write(request);
    out.flush();
    return read();
  }

  private Reply read() throws IOException {
    String status = line();
    if (!status.startsWith("HTTP/1.")) {
      throw new IOException("Not an HTTP response: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (String l = line(); !l.isEmpty(); l = line()) {
      String lower = l.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        close = true;
      }
    }
    byte[] body;
    if (chunked) {
      body = chunks();
    } else if (length >= 0) {
      body = in.readNBytes((int) length);
      if (body.length != length) {
        throw new EOFException("Response body cut short");
      }
    } else {
      body = in.readAllBytes();
      close = true;
    }
    if (close) {
      socket.close();
    }
    return new Reply(code, body);
  }

  private byte[] chunks() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line();
      int n = Integer.parseInt(size.split(";", 2)[0].trim(), 16);
      if (n == 0) {
        while (!line().isEmpty()) {
          // trailers
        }
        return body.toByteArray();
      }
      body.write(in.readNBytes(n));
      line();
    }
  }

  private String line() throws IOException {
    StringBuilder sb = new StringBuilder(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("Connection closed by the server");
      }
      if (b != '\r') {
        sb.append((char) b);
      }
    }
    return sb.toString();
  }

  boolean isClosed() {
    return socket.isClosed();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // nothing to do for a benchmark connection
    }
  }
}
