package es.clave.sp.request;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.login.LoginOptions;
import es.clave.sp.login.LoginStart;
import es.clave.sp.testing.TestConfigs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One shared instance serves concurrent logins (thread safety). */
class ConcurrentLoginTest {

    @Test
    @DisplayName("REQ-1/BND-4 many threads calling startLogin get distinct IDs and RelayStates and valid signatures")
    void concurrentStartLogin() throws Exception {
        ClaveSpConfig config = TestConfigs.valid();
        ClaveServiceProvider sp = ClaveServiceProvider.create(config);
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<LoginStart>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Callable<List<LoginStart>> task = () -> {
                go.await();
                List<LoginStart> out = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    out.add(sp.startLogin(LoginOptions.defaults()));
                }
                return out;
            };
            futures.add(pool.submit(task));
        }
        go.countDown();
        List<LoginStart> all = new ArrayList<>();
        for (Future<List<LoginStart>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        Set<String> ids = new HashSet<>();
        Set<String> relayStates = new HashSet<>();
        for (LoginStart s : all) {
            ids.add(s.pending().requestId());
            relayStates.add(s.pending().relayState());
            Document doc = SignedXmlReader.parseBase64(s.form().field("SAMLRequest"));
            assertEquals(s.pending().requestId(), doc.getDocumentElement().getAttribute("ID"));
            assertTrue(SignedXmlReader.verify(doc, config.signingCredential().certificate()));
        }
        assertEquals(threads * perThread, ids.size());
        assertEquals(threads * perThread, relayStates.size());
    }
}
