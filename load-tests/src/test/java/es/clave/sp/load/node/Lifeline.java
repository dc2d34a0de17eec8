package es.clave.sp.load.node;

import java.io.IOException;

/** Ends a node process when the harness that started it is gone (its standard input closes), so no node outlives a run. */
final class Lifeline {

    private Lifeline() {
    }

    static void watchParent() {
        Thread t = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the harness never writes; reading only waits for the end
                }
            } catch (IOException e) {
                // closed: same as the end
            }
            Runtime.getRuntime().halt(3);
        }, "load-node-lifeline");
        t.setDaemon(true);
        t.start();
    }
}
