package org.reviewworkspace.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import org.reviewworkspace.inbox.InboxFilter;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.workflow.ReviewProcess;
import org.reviewworkspace.workflow.TaskOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;

/**
 * PEER: one inbox page as the inbox view loads it, beside the same query through Camunda's own
 * REST API, on B3's data. The user is the delegation lead (assessor; 5 tasks of every review), the
 * filter the inbox's default — tasks assigned to them or offered to them or to one of their
 * groups, newest first — and a page is 50 tasks at one of the first four pages, the same offsets
 * on every side. Each side counts the tasks too, as the view does for its "n tasks" line.
 *
 * <ul>
 *   <li><b>ours</b>: {@code InboxService.page(...)} and {@code count(...)}, in process, as the view
 *       calls them. Each line carries the task, its review's reference code, title and id, the
 *       institution's acronym, the assignee's display name, whether the lead may claim it and
 *       whether it is overdue: several queries of the engine and of our tables.</li>
 *   <li><b>REST</b>: {@code POST /engine-rest/.../task?firstResult=&maxResults=50} with the
 *       equivalent query and {@code POST .../task/count}, over HTTP on loopback to
 *       {@link org.reviewworkspace.bench.peer.EngineRestApp}, JSON parsed. It answers the engine's
 *       task fields only: name, key, assignee's username, dates, process instance id.</li>
 *   <li><b>REST + extras</b>: the same two requests, then what the inbox shows that the engine
 *       knows: the reference code (the business key, {@code POST .../process-instance} for the
 *       page's instances) and the institution (the task variable {@code institution}, acronym and
 *       name in lower case, {@code POST .../variable-instance} for the page's tasks). The review's
 *       title and id and the assignee's display name live in our tables only; no engine request
 *       can give them, so this side still answers less than ours.</li>
 * </ul>
 *
 * <p>The sides take turns within each round, each of them first in a third of the rounds, so that
 * load from elsewhere on a shared machine falls on all of them alike. Before measuring, the first
 * page and the count must be the same on both sides, or the comparison would mean nothing.
 *
 * <p>The REST client asks one request after the other, as the simplest client would; one that
 * sent the two look-ups of the extras side by side, or asked for the tasks' local variables with
 * the page ({@code withTaskLocalVariablesInReturn}), would wait less. Not measured.
 */
final class PeerBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PeerBenchmark.class);
    private static final String USER = "lead";
    private static final int PAGE = 50;
    private static final int WARM_UP = 20;
    private static final int SAMPLES = 200;

    private final BenchFixtures fixtures;
    private final InboxService inbox;
    private final CurrentUser currentUser;
    private final URI engineRest;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();

    PeerBenchmark(ApplicationContext app, URI engineRest) {
        this.fixtures = new BenchFixtures(app);
        this.inbox = app.getBean(InboxService.class);
        this.currentUser = app.getBean(CurrentUser.class);
        this.engineRest = engineRest;
    }

    /** One side of the comparison: what it calls for the page at an offset, and how long that took. */
    private record Side(String figure, IntConsumer page, Latencies latencies) {
    }

    void run(BenchTable table) {
        fixtures.acting.run(USER, () -> {
            ObjectNode query = inboxQuery();
            requireSameTasks(query);
            List<Side> sides = List.of(
                    new Side("PEER inbox page + count, ours in process", this::ours, new Latencies()),
                    new Side("PEER inbox page + count, engine REST", offset -> rest(query, offset), new Latencies()),
                    new Side("PEER inbox page + count + reference codes + institutions, engine REST",
                            offset -> restWithExtras(query, offset), new Latencies()));
            log.info("PEER: {} rounds of {} sides, as {}", WARM_UP + SAMPLES, sides.size(), USER);
            Random random = new Random(9);
            for (int round = 0; round < WARM_UP + SAMPLES; round++) {
                int offset = PAGE * random.nextInt(4);
                for (int turn = 0; turn < sides.size(); turn++) {
                    Side side = sides.get((round + turn) % sides.size());
                    long started = System.nanoTime();
                    side.page().accept(offset);
                    if (round >= WARM_UP) {
                        side.latencies().add(System.nanoTime() - started);
                    }
                }
            }
            for (Side side : sides) {
                table.info(side.figure() + " (" + USER + ")", percentiles(side.latencies()));
            }
            table.info("PEER ours vs engine REST", ratios(sides.get(0).latencies(), sides.get(1).latencies())
                    + "; vs REST + extras " + ratios(sides.get(0).latencies(), sides.get(2).latencies()));
        });
    }

    private void ours(int offset) {
        inbox.page(InboxFilter.DEFAULT, TaskOrder.NEWEST_FIRST, offset, PAGE);
        inbox.count(InboxFilter.DEFAULT);
    }

    private JsonNode rest(ObjectNode query, int offset) {
        JsonNode tasks = post("/task?firstResult=" + offset + "&maxResults=" + PAGE, query);
        post("/task/count", query);
        return tasks;
    }

    /** The page, its count, and per task the reference code and institution, joined as a client would. */
    private List<Map<String, String>> restWithExtras(ObjectNode query, int offset) {
        JsonNode tasks = rest(query, offset);
        ObjectNode instances = json.createObjectNode();
        ArrayNode instanceIds = instances.putArray("processInstanceIds");
        ObjectNode variables = json.createObjectNode().put("variableName", ReviewProcess.VAR_TASK_INSTITUTION);
        ArrayNode taskIds = variables.putArray("taskIdIn");
        tasks.forEach(task -> {
            instanceIds.add(task.get("processInstanceId").asText());
            taskIds.add(task.get("id").asText());
        });
        Map<String, String> referenceCodes = new HashMap<>();
        post("/process-instance", instances).forEach(instance ->
                referenceCodes.put(instance.get("id").asText(), instance.get("businessKey").asText()));
        Map<String, String> institutions = new HashMap<>();
        post("/variable-instance?deserializeValues=false", variables).forEach(variable ->
                institutions.put(variable.get("taskId").asText(), variable.get("value").asText()));
        List<Map<String, String>> lines = new ArrayList<>();
        tasks.forEach(task -> lines.add(Map.of("taskId", task.get("id").asText(), "taskName", task.get("name").asText(),
                "reviewCode", referenceCodes.getOrDefault(task.get("processInstanceId").asText(), ""),
                "institution", institutions.getOrDefault(task.get("id").asText(), ""))));
        return lines;
    }

    /**
     * The REST form of {@code Workflow}'s inbox query for the default filter: active tasks of the
     * review process, assigned to the user or offered to them or one of their groups (their
     * roles), newest first.
     */
    private ObjectNode inboxQuery() {
        ObjectNode query = json.createObjectNode()
                .put("processDefinitionKey", ReviewProcess.KEY)
                .put("active", true);
        ObjectNode mineOrOffered = query.putArray("orQueries").addObject()
                .put("assignee", currentUser.username())
                .put("candidateUser", currentUser.username());
        if (!currentUser.roles().isEmpty()) {
            ArrayNode groups = mineOrOffered.putArray("candidateGroups");
            currentUser.roles().stream().map(Role::name).forEach(groups::add);
        }
        query.putArray("sorting").addObject().put("sortBy", "created").put("sortOrder", "desc");
        return query;
    }

    private void requireSameTasks(ObjectNode query) {
        List<String> ours = inbox.page(InboxFilter.DEFAULT, TaskOrder.NEWEST_FIRST, 0, PAGE).stream()
                .map(InboxItem::taskId).toList();
        List<String> theirs = new ArrayList<>();
        rest(query, 0).forEach(task -> theirs.add(task.get("id").asText()));
        long ourCount = inbox.count(InboxFilter.DEFAULT);
        long theirCount = post("/task/count", query).get("count").asLong();
        if (!ours.equals(theirs) || ourCount != theirCount) {
            throw new IllegalStateException("PEER: the inbox and the engine's REST API disagree on " + USER
                    + "'s first page (" + ours.size() + " and " + theirs.size() + " tasks, counts " + ourCount
                    + " and " + theirCount + "); the REST query is not the inbox's");
        }
        log.info("PEER: both sides give the same first page of {} tasks out of {}", ours.size(), ourCount);
    }

    private JsonNode post(String path, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(engineRest + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("PEER: POST " + path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("PEER: interrupted", e);
        }
    }

    private static String percentiles(Latencies latencies) {
        return "p95 " + Latencies.ms(latencies.percentileMillis(95)) + " (p50 "
                + Latencies.ms(latencies.percentileMillis(50)) + ", " + latencies.count() + " pages)";
    }

    /** Our time over the peer's, at p50 and p95: above 1 means ours is slower. */
    private static String ratios(Latencies ours, Latencies peer) {
        return String.format(Locale.ROOT, "%.1fx at p50, %.1fx at p95",
                ours.percentileMillis(50) / peer.percentileMillis(50),
                ours.percentileMillis(95) / peer.percentileMillis(95));
    }
}
