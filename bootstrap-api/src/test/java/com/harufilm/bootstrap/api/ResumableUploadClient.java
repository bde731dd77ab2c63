package com.harufilm.bootstrap.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.harufilm.adapters.web.openapi.ContractCheck;
import com.harufilm.domain.retry.Backoff;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Uploads a file the way the apps should (docs/api.md, "Uploading, for app developers"): parts
 * PUT in parallel straight to presigned URLs, each retried with backoff and a fresh URL, and any
 * resume starting from what the server says the store holds, never from local state. The tests'
 * clients hold every exchange with the API to docs/openapi.yaml.
 */
public final class ResumableUploadClient {

    /**
     * Told of every answer: the API's (by method and path, with its body) and the store's to part PUTs
     * ("PUT part", no body; status 0 when the store gave none).
     */
    public interface Answers {
        void answered(String call, int status, String body);
    }

    private static final ObjectMapper json = new ObjectMapper();
    private static final Backoff PART_RETRY = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));

    private final URI api;
    private final String accessToken;
    private final int parallelism;
    private final int attempts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Answers answers;
    private final @Nullable ContractCheck contract;
    final AtomicInteger partPuts = new AtomicInteger();

    ResumableUploadClient(URI api, String accessToken, int parallelism, int attempts) {
        this(api, accessToken, parallelism, attempts, (call, status, body) -> { }, ContractCheck.ofTheDocument());
    }

    /**
     * A phone of the load and fault runs: it counts what it is told instead of holding answers to the
     * document, since a fault (a process killed or stopping) answers for itself there.
     */
    public ResumableUploadClient(URI api, String accessToken, int parallelism, int attempts, Answers answers) {
        this(api, accessToken, parallelism, attempts, answers, null);
    }

    private ResumableUploadClient(URI api, String accessToken, int parallelism, int attempts, Answers answers,
                                  @Nullable ContractCheck contract) {
        this.api = api;
        this.accessToken = accessToken;
        this.parallelism = parallelism;
        this.attempts = attempts;
        this.answers = answers;
        this.contract = contract;
    }

    /** The bearer token its requests carry, for the requests a test makes beside the protocol. */
    String accessToken() {
        return accessToken;
    }

    /** Opens an upload for the file and returns its uploadId. */
    public String initiate(Path file, LocalDate date, String contentType, Integer partSize) throws Exception {
        ObjectNode body = json.createObjectNode().put("uploadDate", date.toString()).put("fileName", file.getFileName().toString())
                .put("contentType", contentType).put("fileSize", Files.size(file));
        if (partSize != null) {
            body.put("partSize", partSize);
        }
        return call("POST", "/uploads/multi-parts/initiate", body, 201).get("uploadId").asText();
    }

    /** Puts only the parts the store lacks, then completes; returns the complete answer. */
    public JsonNode resume(String uploadId, Path file) throws Exception {
        putMissingParts(uploadId, file);
        ArrayNode parts = json.createArrayNode();
        for (JsonNode held : status(uploadId).get("uploadedParts")) {
            parts.addObject().put("partNumber", held.get("partNumber").asInt()).put("etag", held.get("etag").asText());
        }
        ObjectNode body = json.createObjectNode().put("uploadId", uploadId);
        body.set("parts", parts);
        return call("POST", "/uploads/multi-parts/complete", body, 201);
    }

    public JsonNode status(String uploadId) throws Exception {
        return call("GET", "/uploads/multi-parts/" + uploadId, null, 200);
    }

    /** PUTs the given parts, in parallel, and returns their ETags. */
    public Map<Integer, String> putParts(String uploadId, Path file, List<Integer> partNumbers) throws Exception {
        JsonNode status = status(uploadId);
        long partSize = status.get("partSize").asLong();
        Map<Integer, String> etags = new TreeMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallelism); FileChannel channel = FileChannel.open(file)) {
            List<Future<String>> puts = new ArrayList<>();
            for (int partNumber : partNumbers) {
                puts.add(pool.submit(() -> putWithRetries(uploadId, channel, partNumber, partSize)));
            }
            for (int i = 0; i < partNumbers.size(); i++) {
                etags.put(partNumbers.get(i), puts.get(i).get());
            }
        }
        return etags;
    }

    /** Puts the parts the store does not hold, by what the server says it holds. */
    public void putMissingParts(String uploadId, Path file) throws Exception {
        JsonNode status = status(uploadId);
        Set<Integer> held = new HashSet<>();
        status.get("uploadedParts").forEach(part -> held.add(part.get("partNumber").asInt()));
        List<Integer> missing = IntStream.rangeClosed(1, status.get("partCount").asInt()).filter(n -> !held.contains(n)).boxed().toList();
        putParts(uploadId, file, missing);
    }

    private String putWithRetries(String uploadId, FileChannel file, int partNumber, long partSize) throws Exception {
        long offset = (partNumber - 1) * partSize;
        ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(partSize, file.size() - offset));
        file.read(bytes, offset);
        for (int attempt = 1; ; attempt++) {
            // A fresh URL each attempt: the last one may have expired while the phone was offline.
            String url = call("GET", "/uploads/multi-parts/part?uploadId=" + uploadId + "&partNumber=" + partNumber, null, 200)
                    .get("url").asText();
            try {
                partPuts.incrementAndGet();
                HttpResponse<Void> put = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes.array())).build(), HttpResponse.BodyHandlers.discarding());
                answers.answered("PUT part", put.statusCode(), "");
                if (put.statusCode() == 200) {
                    return put.headers().firstValue("ETag").orElseThrow().replace("\"", "");
                }
                if (attempt >= attempts) {
                    throw new IOException("part " + partNumber + " answered " + put.statusCode());
                }
            } catch (IOException e) {
                answers.answered("PUT part", 0, "");
                if (attempt >= attempts) {
                    // Said as an answer, so that a retrying caller counts it as the store's, not the API's, silence.
                    throw new IOException("part " + partNumber + " answered nothing: " + e, e);
                }
            }
            long backoff = PART_RETRY.delay(attempt).toMillis();
            Thread.sleep(backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1));
        }
    }

    private JsonNode call(String method, String path, JsonNode body, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(api.resolve(path))
                .header("Authorization", "Bearer " + accessToken).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (contract != null) {
            contract.check(body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8), response);
        }
        answers.answered(method + " " + path.replaceAll("\\?.*", ""), response.statusCode(), response.body());
        if (response.statusCode() != expected) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /**
     * Sends the head and a fifth of part {@code partNumber}'s bytes to its presigned URL, then drops
     * the connection, as a phone losing its network mid-part does.
     */
    public void cutPartHalfway(String uploadId, int partNumber, long partSize) throws Exception {
        URI target = URI.create(call("GET", "/uploads/multi-parts/part?uploadId=" + uploadId + "&partNumber=" + partNumber, null, 200)
                .get("url").asText());
        try (Socket socket = new Socket(target.getHost(), target.getPort()); OutputStream out = socket.getOutputStream()) {
            out.write(("PUT " + target.getRawPath() + "?" + target.getRawQuery() + " HTTP/1.1\r\nHost: " + target.getHost() + ":"
                    + target.getPort() + "\r\nContent-Length: " + partSize + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[(int) (partSize / 5)]);
            out.flush();
        }
        Thread.sleep(300);
    }
}
