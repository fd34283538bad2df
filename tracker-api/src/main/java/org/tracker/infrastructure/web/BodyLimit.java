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
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tracker.infrastructure.connections.ConnectionSettings;
import org.tracker.infrastructure.security.SecuritySettings;
import org.tracker.shared.Refusal.Category;

/**
 * Request bodies have a size limit: {@code tracker.security.limits.body-bytes} for JSON, {@code
 * import-bytes} for an import file. A declared length over it is answered 413 at once; a body
 * without one (chunked) is counted as it is read and stops at the limit ({@link TooLarge}, also
 * 413); what the client still sends of it is read and dropped up to {@link #DISCARDED} bytes, then
 * the connection is closed. Runs after authentication, so strangers cannot make Tracker read large
 * bodies.
 */
@Component
public class BodyLimit extends OncePerRequestFilter {

  /** A body found to be over its limit while it was being read. */
  public static class TooLarge extends IOException {
    public TooLarge(long limit) {
      super("the request body is larger than " + limit + " bytes, the most accepted here");
    }
  }

  /** A body arriving slower than the least rate accepted (a whole-body deadline). */
  public static class TooSlow extends IOException {
    public TooSlow(long rate) {
      super(
          "the request body arrived slower than "
              + rate
              + " bytes a second, the least accepted here; send it again at once");
    }
  }

  /**
   * The request attribute that asks the web server to close the connection after the answer without
   * reading what is left of the body ({@code ConnectionLimits} acts on it).
   */
  public static final String DROP_THE_REST = "tracker.body.drop-the-rest";

  /** How much of a refused body is still read, past its limit, before the connection is closed. */
  static final long DISCARDED = 8L << 20;

  private static final Logger log = LoggerFactory.getLogger(BodyLimit.class);

  private final SecuritySettings.Limits limits;
  private final ObjectMapper json;
  private final long minRate;
  private final long graceNanos;

  public BodyLimit(SecuritySettings settings, ConnectionSettings connections, ObjectMapper json) {
    this.limits = settings.limits();
    this.json = json;
    this.minRate = connections.minBodyRate();
    this.graceNanos = connections.bodyTimeout().toNanos();
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
        request.getRequestURI().equals("/api/import")
                || request.getRequestURI().equals("/api/admin/archive")
            ? limits.importBytes()
            : limits.bodyBytes();
    if (request.getContentLengthLong() > limit) {
      ProblemResponses.write(
          json, request, response, Category.TOO_LARGE, new TooLarge(limit).getMessage());
      return;
    }
    Limited limited = new Limited(request, limit, minRate, graceNanos);
    try {
      chain.doFilter(limited, response);
    } finally {
      if (limited.over) {
        discardTheRest(request, response);
      }
    }
  }

  /**
   * After a body over its limit was refused: the answer is sent, then up to {@link #DISCARDED} more
   * bytes the client is still sending are read and dropped, so that a client that reads its answer
   * only once it has sent everything can read the 413; beyond that the connection is closed (never
   * drained without bound: a client could keep sending forever).
   */
  private static void discardTheRest(HttpServletRequest request, HttpServletResponse response) {
    try {
      boolean finished = false;
      if (!response.isCommitted()) {
        response.setHeader("Connection", "close"); // the rest of the body is not read past this
      }
      response.flushBuffer();
      InputStream in = request.getInputStream();
      byte[] buffer = new byte[1 << 16];
      long discarded = 0;
      while (discarded < DISCARDED) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, DISCARDED - discarded));
        if (n < 0) {
          finished = true;
          break;
        }
        discarded += n;
      }
      if (!finished) {
        log.debug("closing a connection still sending a refused body after {} bytes", discarded);
      }
    } catch (IOException e) {
      // the client went away: nothing left to answer
    }
  }

  /**
   * The request with its body counted as it is read: over its limit it is refused (413); once the
   * grace (the body timeout) has passed since it was first read, a body averaging less than the
   * least rate is refused too (408), and the rest of it is not read — a deadline for the whole
   * body, where the read timeout only bounds each wait for the next bytes, which a client dribbling
   * a byte at a time passes.
   */
  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private final long minRate;
    private final long graceNanos;
    private boolean over;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit, long minRate, long graceNanos) {
      super(request);
      this.limit = limit;
      this.minRate = minRate;
      this.graceNanos = graceNanos;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream =
            new ServletInputStream() {
              private long read;
              private final long started = System.nanoTime();

              private int count(int n) throws IOException {
                if (n > 0 && (read += n) > limit) {
                  over = true;
                  throw new TooLarge(limit);
                }
                long elapsed = System.nanoTime() - started;
                if (minRate > 0
                    && elapsed > graceNanos
                    && read * 1e9 < minRate * (double) elapsed) {
                  setAttribute(DROP_THE_REST, Boolean.TRUE);
                  throw new TooSlow(minRate);
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
