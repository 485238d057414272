package dev.catalog.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A client that reads a streamed answer slowly, so the request is still in flight when the server stops. */
final class SlowDownload {

    private final BufferedReader body;

    private SlowDownload(InputStream body) {
        this.body = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    }

    static SlowDownload start(String url, String user, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        SlowDownload download = new SlowDownload(response.body());
        download.body.readLine();
        return download;
    }

    /** Reads the rest, a little at a time; answers how many lines there were in all. */
    int readToEnd() throws IOException {
        int lines = 1;
        while (body.readLine() != null) {
            lines++;
            if (lines % 200 == 0) {
                ServiceProcess.sleep(20);
            }
        }
        return lines;
    }
}
