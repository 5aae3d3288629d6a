package io.nerbyoc.http;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.AbstractLifeCycle.AbstractLifeCycleListener;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;
import spark.embeddedserver.jetty.JettyServerFactory;

/**
 * Spark's Jetty, configured for life behind nginx. Spark creates the connector itself after this
 * factory returns, so the connector's settings are applied when the server starts.
 */
final class JettyFactory implements JettyServerFactory {
  /**
   * Larger than anything nginx lets through (a 16 KB request line and at most 4 × 16 KB of
   * header lines, see large_client_header_buffers in nginx.conf.template), so nginx is the one
   * that rejects oversized headers, with its JSON body; Jetty's default is 8 KB.
   */
  static final int REQUEST_HEADER_BYTES = 128 * 1024;

  @Override
  public Server create(int maxThreads, int minThreads, int idleTimeoutMillis) {
    // As Spark's own factory does.
    return configure(maxThreads > 0
        ? new Server(new QueuedThreadPool(maxThreads, minThreads > 0 ? minThreads : 8, idleTimeoutMillis > 0 ? idleTimeoutMillis : 60_000))
        : new Server());
  }

  @Override
  public Server create(ThreadPool threadPool) {
    return configure(threadPool != null ? new Server(threadPool) : new Server());
  }

  private static Server configure(Server server) {
    server.setErrorHandler(new JsonErrorHandler());
    server.addLifeCycleListener(new AbstractLifeCycleListener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        for (Connector c : server.getConnectors()) {
          HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
          if (http != null) {
            HttpConfiguration config = http.getHttpConfiguration();
            config.setRequestHeaderSize(REQUEST_HEADER_BYTES);
            config.setSendServerVersion(false);
            config.setSendXPoweredBy(false);
            config.addCustomizer(new AcceptCustomizer());
          }
        }
      }
    });
    return server;
  }
}
