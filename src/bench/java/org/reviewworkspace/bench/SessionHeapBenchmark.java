package org.reviewworkspace.bench;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.reviewworkspace.Application;
import org.reviewworkspace.inbox.ui.InboxView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * B4: heap retained per open session on the inbox view. The application runs in this JVM with its
 * embedded server on a free port (demo profile, Vaadin in production mode); each session is
 * opened over HTTP the way a browser opens it: the login page (for its CSRF token), the sign-in
 * form posted as {@code coordinator}, the inbox's bootstrap page {@code /}, Vaadin's init request
 * ({@code ?v-r=init&location=}), on which Vaadin creates the UI (with the React router of Vaadin
 * 24.9 the view is not in that answer yet), and the UIDL request with the UI's {@code ui-navigate}
 * event that the client's router sends next: Vaadin navigates the UI to the inbox and answers with
 * its components and the grid's first page of tasks (the demo's "Plan visit" among them). The
 * browser would also load the scripts of the bundle, which hold no server state, and keep a
 * heartbeat; the benchmark does neither.
 *
 * <p>Heap in use (after collections until it no longer drops) is taken before and after
 * {@code -Dbench.sessions} (50) sessions; the figure is the growth per session. Two sessions opened
 * first and kept warm up the classes and caches that the first use fills once. Only a session
 * cookie per session is kept on this side, so the client's own objects in this heap stay small; the
 * sessions stay alive on the server (timeout 30 minutes) until measured. A listener of Vaadin's
 * service counts the UIs created and those that reached the inbox, so that the figure is known to
 * be of as many inboxes as sessions. {@code -Dbench.histogram=true} also logs the classes whose
 * instances grew most over the sessions ({@code jcmd GC.class_histogram} before and after).
 */
final class SessionHeapBenchmark {

    private static final Logger log = LoggerFactory.getLogger(SessionHeapBenchmark.class);
    private static final long BUDGET_BYTES = 200 * 1024;
    private static final int WARM_UP_SESSIONS = 2;
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    /**
     * A data component's connector asked to confirm an update (the grid's {@code confirm(id)}, a
     * combo box's {@code confirm(id, filter)}): its element's node and the update's id.
     */
    private static final Pattern CONFIRM = Pattern.compile("\\[\\[0,\\s*(\\d+)\\],\\s*([\\d.]+),(?:\\s*null,)?"
            + "\\s*\"return \\$0\\.\\$connector\\.confirm\\(\\$1(?:,\\$2)?\\)\"\\]");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    private final Path dbFile;
    private final int sessions = Integer.getInteger("bench.sessions", 50);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicInteger uis = new AtomicInteger();
    private final AtomicInteger inboxes = new AtomicInteger();
    /** Characters of each navigation's answer, the inbox with the grid's first page. */
    private final List<Integer> navigationAnswers = new ArrayList<>();
    private int port;

    SessionHeapBenchmark(Path dbFile) {
        this.dbFile = dbFile;
    }

    void run(BenchTable table) throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            port = ((WebServerApplicationContext) app).getWebServer().getPort();
            List<String> open = new ArrayList<>();
            for (int i = 0; i < WARM_UP_SESSIONS; i++) {
                open.add(openInbox());
            }
            int uisBefore = uis.get();
            int inboxesBefore = inboxes.get();
            long before = heapInUse();
            Map<String, Long> histogramBefore = histogramWanted() ? histogram() : Map.of();
            for (int i = 0; i < sessions; i++) {
                open.add(openInbox());
            }
            long after = heapInUse();
            if (histogramWanted()) {
                logGrowth(histogramBefore, histogram());
            }
            int newUis = uis.get() - uisBefore;
            int newInboxes = inboxes.get() - inboxesBefore;
            long perSession = (after - before) / sessions;
            log.info("B4: heap in use {} MB before, {} MB after {} sessions ({} session cookies held)",
                    before >> 20, after >> 20, sessions, open.size());
            table.info("B4 sessions opened", sessions + " sessions as coordinator, " + newUis + " UIs created, "
                    + newInboxes + " on the inbox, the grid's update confirmed; the inbox's first answer "
                    + navigationAnswers.stream().mapToInt(Integer::intValue).sum() / Math.max(1, navigationAnswers.size()) / 1024
                    + " KB of JSON; heap in use " + (before >> 20) + " MB before, " + (after >> 20) + " MB after");
            boolean allOnInbox = newUis == sessions && newInboxes == sessions;
            table.add("B4 retained heap per session on the inbox", "<= 200 KB",
                    String.format(Locale.ROOT, "%,d KB", perSession / 1024) + (allOnInbox ? "" : " (NOT every session reached the inbox)"),
                    allOnInbox && perSession <= BUDGET_BYTES);
        }
    }

    /**
     * The application with a real embedded server on a free port; Vaadin in production mode (the
     * benchmark's classpath has its production bundle and no development server), and the UI
     * counter registered before Vaadin's service starts.
     */
    private ConfigurableApplicationContext start() {
        String[] args = Stream.concat(Stream.of(Benchmarks.commonProperties(dbFile)),
                Stream.of("--server.port=0", "--vaadin.productionMode=true")).toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .initializers(context -> context.getBeanFactory().registerSingleton("b4UiCounter", uiCounter()))
                .run(args);
    }

    private VaadinServiceInitListener uiCounter() {
        return (ServiceInitEvent event) -> event.getSource().addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addAfterNavigationListener(navigation -> {
                if (navigation.getActiveChain().stream().anyMatch(InboxView.class::isInstance)) {
                    inboxes.incrementAndGet();
                }
            });
        });
    }

    /** Opens one session on the inbox as a browser would; returns its session cookie. */
    private String openInbox() throws IOException, InterruptedException {
        HttpResponse<String> loginPage = get("/login", null);
        String session = sessionCookie(loginPage, null);
        Matcher token = CSRF.matcher(loginPage.body());
        if (!token.find()) {
            throw new IllegalStateException("B4: the login page carries no CSRF token");
        }
        String form = "username=coordinator&password=reviewdemo2025&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(request("/login", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("B4: sign-in failed: " + signedIn.statusCode() + " " + location);
        }
        session = sessionCookie(signedIn, session); // a new session id after sign-in
        HttpResponse<String> page = get("/", session);
        session = sessionCookie(page, session);
        HttpResponse<String> init = get("/?v-r=init&location=&query=", session);
        Matcher ui = UI_ID.matcher(init.body());
        Matcher key = SECURITY_KEY.matcher(init.body());
        if (init.statusCode() != 200 || !ui.find() || !key.find()) {
            throw new IllegalStateException("B4: the init request created no UI: " + init.statusCode() + " " + start(init.body()));
        }
        // what the client's router sends next: the UI's "ui-navigate" event with the route of the address
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> inbox = http.send(request("/?v-r=uidl&v-uiId=" + ui.group(1), session)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
        if (inbox.statusCode() != 200 || !inbox.body().contains("inbox-grid")) {
            throw new IllegalStateException("B4: the navigation did not answer with the inbox: " + inbox.statusCode()
                    + " " + start(inbox.body()));
        }
        navigationAnswers.add(inbox.body().length());
        confirmGridUpdate(inbox.body(), ui.group(1), key.group(1), session);
        return session;
    }

    /**
     * What the browser sends once it has shown the grid's first page: the connectors of the grid
     * and of the saved-filters combo box confirm the updates they received ({@code confirmUpdate}),
     * in a UIDL request of its own. Its small answer also replaces the one Vaadin keeps of each UI
     * for resending (the navigation's, tens of kilobytes), as it would in a browser.
     */
    private void confirmGridUpdate(String navigationAnswer, String uiId, String csrfToken, String session)
            throws IOException, InterruptedException {
        Matcher confirm = CONFIRM.matcher(navigationAnswer);
        Matcher sync = SYNC_ID.matcher(navigationAnswer);
        List<String> rpcs = new ArrayList<>();
        while (confirm.find()) {
            rpcs.add("{\"type\":\"publishedEventHandler\",\"node\":" + confirm.group(1)
                    + ",\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":["
                    + (int) Double.parseDouble(confirm.group(2)) + "],\"promise\":" + rpcs.size() + "}");
        }
        if (rpcs.isEmpty() || !sync.find()) {
            throw new IllegalStateException("B4: the inbox's answer asks the grid to confirm no update: "
                    + start(navigationAnswer));
        }
        String message = "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[" + String.join(",", rpcs) + "],"
                + "\"syncId\":" + sync.group(1) + ",\"clientId\":1}";
        HttpResponse<String> answer = http.send(request("/?v-r=uidl&v-uiId=" + uiId, session)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || answer.body().contains("\"meta\":{\"async\"") || answer.body().contains("appError")) {
            throw new IllegalStateException("B4: the grid's confirmation was refused: " + answer.statusCode() + " "
                    + start(answer.body()));
        }
    }

    private HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        return http.send(request(path, session).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String session) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60));
        return session == null ? builder : builder.header("Cookie", "JSESSIONID=" + session);
    }

    private static String start(String body) {
        return body.substring(0, Math.min(300, body.length()));
    }

    /** The session id the response sets, or {@code current} if it sets none. */
    private static String sessionCookie(HttpResponse<?> response, String current) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION_COOKIE::matcher).filter(Matcher::find).map(m -> m.group(1))
                .reduce((first, last) -> last).orElse(current);
    }

    /** {@code -Dbench.histogram=true}: log which classes the sessions' heap consists of. */
    private static boolean histogramWanted() {
        return Boolean.getBoolean("bench.histogram");
    }

    /** Bytes of live instances by class, from {@code jcmd GC.class_histogram} on this JVM (it collects first). */
    private static Map<String, Long> histogram() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(ProcessHandle.current().pid()), "GC.class_histogram").redirectErrorStream(true).start();
        Map<String, Long> bytes = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jcmd.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().map(HISTOGRAM_LINE::matcher).filter(Matcher::find)
                    .forEach(line -> bytes.merge(line.group(3), Long.parseLong(line.group(2)), Long::sum));
        }
        jcmd.waitFor();
        return bytes;
    }

    /** The 25 classes that grew most over the sessions, in bytes per session, into the log. */
    private void logGrowth(Map<String, Long> before, Map<String, Long> after) {
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
                .forEach(e -> log.info("B4: {} bytes per session  {}", e.getValue() / sessions, e.getKey()));
    }

    /** Heap in use after full collections, repeated until it no longer drops (at most 10). */
    private static long heapInUse() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(200);
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }
}
