package org.tracker.infrastructure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tracker.infrastructure.security.SecuritySettings;
import org.tracker.shared.Refusal.Category;

/**
 * Request bodies have a size limit: {@code tracker.security.limits.body-bytes} for JSON, {@code
 * import-bytes} for an import file. A declared length over it is answered 413 at once; a body
 * without one (chunked) is counted as it is read and stops at the limit ({@link TooLarge}, also
 * 413). Runs after authentication, so strangers cannot make Tracker read large bodies.
 */
@Component
public class BodyLimit extends OncePerRequestFilter {

  /** A body found to be over its limit while it was being read. */
  public static class TooLarge extends IOException {
    public TooLarge(long limit) {
      super("the request body is larger than " + limit + " bytes, the most accepted here");
    }
  }

  private final SecuritySettings.Limits limits;
  private final ObjectMapper json;

  public BodyLimit(SecuritySettings settings, ObjectMapper json) {
    this.limits = settings.limits();
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String method = request.getMethod();
    if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
      chain.doFilter(request, response);
      return;
    }
    long limit =
        request.getRequestURI().equals("/api/import") ? limits.importBytes() : limits.bodyBytes();
    if (request.getContentLengthLong() > limit) {
      ProblemResponses.write(
          json, request, response, Category.TOO_LARGE, new TooLarge(limit).getMessage());
      return;
    }
    chain.doFilter(new Limited(request, limit), response);
  }

  /** The request with its body counted as it is read. */
  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream =
            new ServletInputStream() {
              private long read;

              private int count(int n) throws TooLarge {
                if (n > 0 && (read += n) > limit) {
                  throw new TooLarge(limit);
                }
                return n;
              }

              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                  count(1);
                }
                return b;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                return count(in.read(buffer, offset, length));
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return stream;
    }
  }
}
