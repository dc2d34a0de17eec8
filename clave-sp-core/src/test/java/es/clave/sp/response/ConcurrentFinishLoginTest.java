package es.clave.sp.response;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.testing.saml.ClaveResponseBuilder;
import es.clave.sp.testing.saml.ResponseTestSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Thread safety of finishLogin: one shared SP, many threads (RSP-11 atomicity). */
class ConcurrentFinishLoginTest extends ResponseTestSupport {

    @Test
    @DisplayName("RSP-11 many threads finishing distinct logins all succeed")
    void finishLoginWhenDistinctResponsesInParallelThenAllSucceed() throws Exception {
        int n = 32;
        List<PendingLogin> logins = new ArrayList<>();
        List<String> responses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PendingLogin p = ResponseTestSetup.pending(now, LevelOfAssurance.LOW);
            logins.add(p);
            ClaveResponseBuilder r = ClaveResponseBuilder.forLogin(p, now).attribute(ClaveResponseBuilder.PERSON_IDENTIFIER,
                    String.format("%08dZ", i)).encrypted();
            if (i % 2 == 0) {
                r.encrypt = false;
            }
            responses.add(r.buildBase64());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ClaveIdentity>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return sp.finishLogin(responses.get(k), logins.get(k).relayState(), logins.get(k), ResponseTestSetup.client(now));
                }));
            }
            start.countDown();
            for (int i = 0; i < n; i++) {
                assertEquals(String.format("%08dZ", i), results.get(i).get().personIdentifier().raw());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("SEC-P2 the same response from two threads at once: exactly one succeeds, the other is REPLAYED")
    void finishLoginWhenSameResponseFromTwoThreadsThenExactlyOneSucceeds() throws Exception {
        for (int round = 0; round < 20; round++) {
            PendingLogin p = ResponseTestSetup.pending(now, LevelOfAssurance.LOW);
            String field = ClaveResponseBuilder.forLogin(p, now).buildBase64();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                Callable<Object> task = () -> {
                    start.await();
                    try {
                        return sp.finishLogin(field, p.relayState(), p, ResponseTestSetup.client(now));
                    } catch (ClaveAuthenticationException e) {
                        return e.error();
                    }
                };
                Future<Object> a = pool.submit(task);
                Future<Object> b = pool.submit(task);
                start.countDown();
                List<Object> outcomes = List.of(a.get(), b.get());
                long identities = outcomes.stream().filter(o -> o instanceof ClaveIdentity).count();
                long replays = outcomes.stream().filter(o -> o == ClaveError.REPLAYED).count();
                assertEquals(1, identities, "round " + round + ": " + outcomes);
                assertEquals(1, replays, "round " + round + ": " + outcomes);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
