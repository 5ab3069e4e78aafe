package claimgraph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A throw-away Neo4j Community server for the tests: Bolt on 127.0.0.1 at a free
 * port, authentication on with a generated password, data under DIR.
 *
 * <p>Usage: {@code java claimgraph.TestServer DIR}. When the server answers, it
 * writes {@code DIR/neo4j.env} (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD lines,
 * mode 0600, written whole) and prints the same lines; it stops cleanly on SIGTERM
 * or SIGINT.
 */
public final class TestServer {
    private TestServer() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java claimgraph.TestServer DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        Path imports = dir.resolve("import");
        Files.createDirectories(imports);
        int port = freePort();
        String conf = String.join("\n",
                "server.bolt.enabled=true",
                "server.bolt.listen_address=127.0.0.1:" + port,
                "server.bolt.tls_level=DISABLED",
                "dbms.security.auth_enabled=true",
                // LOAD CSV reads file:/// URLs inside this folder only.
                "server.directories.import=" + imports,
                // A transaction that holds more memory, or runs longer, fails; the server lives on.
                "db.memory.transaction.max=" + System.getProperty("neo4j.transaction.max", "512m"),
                "db.transaction.timeout=" + System.getProperty("neo4j.transaction.timeout", "120s"),
                "server.memory.pagecache.size=128m",
                "");
        Path confFile = dir.resolve("neo4j.conf");
        Files.writeString(confFile, conf, StandardCharsets.UTF_8);
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(dir.resolve("data"))
                .loadPropertiesFromFile(confFile)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));
        String secret = generatedPassword();
        service.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", secret));
        String env = "NEO4J_URI=bolt://127.0.0.1:" + port + "\n"
                + "NEO4J_USERNAME=neo4j\n"
                + "NEO4J_PASSWORD=" + secret + "\n";
        Path tmp = dir.resolve("neo4j.env.tmp");
        Files.writeString(tmp, env, StandardCharsets.UTF_8);
        tmp.toFile().setReadable(false, false);
        tmp.toFile().setReadable(true, true);
        Files.move(tmp, dir.resolve("neo4j.env"), StandardCopyOption.ATOMIC_MOVE);
        System.out.print(env);
        System.out.flush();
        stopped.await();
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
