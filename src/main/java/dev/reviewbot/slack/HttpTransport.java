package dev.reviewbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.servlet.SlackAppServlet;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode: events, slash commands and interactivity all arrive as signed POSTs to /slack/events. Bolt
 * verifies signatures and rejects old timestamps; {@link FutureTimestampGuard} rejects future ones. Runs Bolt's
 * servlet on Jetty 9 directly (not SlackAppServer, which blocks in start() and cannot report its port).
 */
final class HttpTransport implements SlackTransport {

    static final String PATH = "/slack/events";
    private static final Logger log = LoggerFactory.getLogger(HttpTransport.class);

    private final String signingSecret;
    private final int port;
    private final Clock clock;
    private Server server;
    private ServerConnector connector;
    private App app;

    /** @param port 0 picks a free port (see {@link #port()}) */
    HttpTransport(String signingSecret, int port, Clock clock) {
        this.signingSecret = signingSecret;
        this.port = port;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "slack (HTTP mode, port " + port() + ")";
    }

    @Override
    public void configure(AppConfig.AppConfigBuilder config) {
        config.signingSecret(signingSecret);
    }

    @Override
    public synchronized void start(App app) throws Exception {
        app.use(new FutureTimestampGuard(clock, Duration.ofMinutes(5)));
        app.config().setAppPath(PATH);
        app.start();
        this.app = app;
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        server = new Server();
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler handler = new ServletContextHandler();
        handler.addServlet(new ServletHolder(new SlackAppServlet(app)), PATH);
        server.setHandler(handler);
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw new IllegalStateException("cannot listen on port " + port + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized java.util.Optional<String> problem() {
        return server != null && server.isStarted() && connector.isOpen() ? java.util.Optional.empty()
                : java.util.Optional.of("not listening on port " + port());
    }

    /** The port listened on (the configured one, or the one picked for 0); the configured one before start. */
    synchronized int port() {
        return connector != null && connector.getLocalPort() > 0 ? connector.getLocalPort() : port;
    }

    @Override
    public synchronized void close() {
        try {
            if (server != null) {
                server.stop();
            }
        } catch (Exception e) {
            log.warn("Slack: stopping the HTTP server failed: {}", e.toString());
        } finally {
            server = null;
            if (app != null) {
                app.stop();
                app = null;
            }
        }
    }
}
