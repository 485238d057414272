package dev.catalog.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay between a service under test and its database, so a test can make the database
 * unreachable ({@link #cut()}: every connection drops, new ones are refused) and bring it back
 * ({@link #restore()}) without touching the database server itself. Over several targets it hands each
 * new connection to the next in turn, as a Kubernetes Service spreads connections over its pods.
 */
public final class TcpProxy implements AutoCloseable {

    private final List<InetSocketAddress> targets;
    private final AtomicInteger turn = new AtomicInteger();
    private final int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    private TcpProxy(List<InetSocketAddress> targets, int port) {
        this.targets = List.copyOf(targets);
        this.port = port;
    }

    /** A relay on a free local port to {@code targetHost:targetPort}, accepting at once. */
    public static TcpProxy to(String targetHost, int targetPort) {
        return toEach(List.of(InetSocketAddress.createUnresolved(targetHost, targetPort)));
    }

    /** A relay on a free local port that connects each client to the next of {@code targets} in turn. */
    public static TcpProxy toEach(List<InetSocketAddress> targets) {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0)) {
            freePort = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TcpProxy proxy = new TcpProxy(targets, freePort);
        proxy.restore();
        return proxy;
    }

    public int port() {
        return port;
    }

    /** The database is gone: open connections drop, new ones are refused. */
    public synchronized void cut() {
        closeQuietly(server);
        server = null;
        sockets.forEach(TcpProxy::closeQuietly);
        sockets.clear();
    }

    /** The database is back on the same address. */
    public synchronized void restore() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket listening = new ServerSocket();
            listening.setReuseAddress(true);
            listening.bind(new InetSocketAddress("127.0.0.1", port));
            server = listening;
            Thread acceptor = new Thread(() -> accept(listening), "tcp-proxy-accept-" + port);
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                InetSocketAddress target = targets.get(Math.floorMod(turn.getAndIncrement(), targets.size()));
                Socket upstream = new Socket(target.getHostString(), target.getPort());
                if (!register(listening, client, upstream)) {
                    // cut() ran while this connection was being made: it must not outlive the cut
                    closeQuietly(client);
                    closeQuietly(upstream);
                    return;
                }
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // closed by cut(), or the target refused: the client sees its connection drop
            }
        }
    }

    private synchronized boolean register(ServerSocket listening, Socket client, Socket upstream) {
        if (server != listening) {
            return false;
        }
        sockets.add(client);
        sockets.add(upstream);
        return true;
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump-" + port);
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
