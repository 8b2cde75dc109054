package dk.rammeflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code rammeflow.api.max-request-size} (default 1 MB, far below
 * what the engine takes in one command: a task completion's variables are written about three times in
 * one batch of the engine's 4 MB) with 413 and a Danish problem, before anything reads it: the
 * application's own API ({@code /api/**}), the Orchestration Cluster REST API ({@code /v2/**}) and
 * the web pages' posts (task forms). Uploads of documents (multipart) have their own limit.
 */
@Component
public class ApiRequestSizeLimit extends OncePerRequestFilter {

  private final DataSize limit;

  public ApiRequestSizeLimit(@Value("${rammeflow.api.max-request-size:1MB}") DataSize limit) {
    this.limit = limit;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String contentType = request.getContentType();
    return contentType != null && contentType.toLowerCase().startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
    long max = limit.toBytes();
    if (request.getContentLengthLong() > max) {
      refuse(response, request.getContentLengthLong());
      return;
    }
    // Without a length (chunked), the body is read up to the limit here, so an endless body is cut off too.
    byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (body.length > max) {
      refuse(response, -1);
      return;
    }
    chain.doFilter(new ReadBody(request, body), response);
  }

  private void refuse(HttpServletResponse response, long size) throws IOException {
    String detail = size > 0
        ? "Forespørgslen er for stor (%s); grænsen er %s.".formatted(kilobytes(size), kilobytes(limit.toBytes()))
        : "Forespørgslen er for stor; grænsen er %s.".formatted(kilobytes(limit.toBytes()));
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forespørgslen er for stor\",\"status\":413,\"detail\":\"%s\",\"problems\":[\"%s\"]}"
        .formatted(detail, detail));
  }

  private static String kilobytes(long bytes) {
    return (bytes + 1023) / 1024 + " KB";
  }

  /** The request with its body already read. */
  private static final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      InputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          try {
            return in.available() == 0;
          } catch (IOException e) {
            return true;
          }
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("The body is read already");
        }

        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
