package es.clave.sp.examples.jakartaee;

/**
 * Runs the example until Ctrl-C: {@code mvn -pl examples/jakarta-ee-app -am verify -Prun -DskipTests}
 * from the repository root, then open http://localhost:8080 ({@code -Dport=9090} for another port).
 */
public final class RunExample {

    private RunExample() {
    }

    /** @param args unused */
    public static void main(String[] args) throws Exception {
        ExampleEnvironment env = ExampleEnvironment.start(Integer.getInteger("port", 8080));
        Runtime.getRuntime().addShutdownHook(new Thread(env::close, "jakarta-ee-example-shutdown"));
        System.out.println("==> clave-sp Jakarta EE example on Payara Micro: open " + env.server.origin()
                + "/  (TEST-ONLY gateway stub at " + env.stub.baseUrl() + "; Ctrl-C stops both)");
        Thread.currentThread().join();
    }
}
