package es.clave.sp.trust;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Downloads the certificate feed with the JDK HTTP client. The timeout bounds the whole exchange,
 * body included (the JDK's request timeout alone stops at the headers, so a server dripping its body
 * could otherwise hold the refresh thread forever), and the body size is capped.
 */
public final class CertificateFeedClient {

    private final HttpClient http;
    private final Duration timeout;
    private final int maxBytes;

    /**
     * @param timeout  connect timeout and limit on the whole exchange
     * @param maxBytes largest body read; a longer body is refused
     */
    public CertificateFeedClient(Duration timeout, int maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * @return the body of a 200 answer
     * @throws CertificateFeedException on any other status, a timeout, an I/O error or an oversized body
     */
    public byte[] fetch(URI url) throws CertificateFeedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Accept", "application/xml, text/xml")
                .GET()
                .build();
        AtomicReference<InputStream> body = new AtomicReference<>();
        CompletableFuture<Object> exchange = http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenApplyAsync(response -> {
                    body.set(response.body());
                    return readBody(url, response);
                });
        try {
            Object outcome = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (outcome instanceof CertificateFeedException e) {
                throw e;
            }
            return (byte[]) outcome;
        } catch (TimeoutException e) {
            exchange.cancel(true);
            closeQuietly(body.get());
            throw new CertificateFeedException("feed " + url + " did not answer within " + timeout, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw new CertificateFeedException("feed " + url + " did not answer within " + timeout, cause);
            }
            throw new CertificateFeedException("feed " + url + " could not be read: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.cancel(true);
            closeQuietly(body.get());
            throw new CertificateFeedException("interrupted while reading feed " + url, e);
        }
    }

    /** @return the bytes, or the feed exception describing why they are refused */
    private Object readBody(URI url, HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                return new CertificateFeedException("feed " + url + " answered HTTP " + response.statusCode());
            }
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                return new CertificateFeedException("feed " + url + " sent more than " + maxBytes + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // closing only unblocks the reader; nothing else to do
            }
        }
    }
}
