package es.clave.sp.load.journey;

import es.clave.sp.load.browser.Browser;
import es.clave.sp.load.browser.Browser.Page;
import es.clave.sp.load.browser.Markup;
import es.clave.sp.load.infra.Forwarder;
import es.clave.sp.load.journey.JourneyResult.Step;
import es.clave.sp.load.node.ErrorCodeHeader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One citizen's login, as a browser does it: the home page of the application (through the
 * balancer), the Cl@ve button, the self-submitting form to the gateway, the method, the citizen
 * on the gateway's user page, the self-submitting form back to the ACS (on whichever node the
 * balancer picks), and the protected page, which must show this citizen.
 */
public final class Journey {

    private static final List<String> METHODS = List.of("AFIRMA", "CLAVE_PIN", "CLAVE_PERMANENTE", "CLAVE_MOVIL");

    private final HttpClient client;
    private final URI application;
    private final Duration requestTimeout;
    private final Duration think;
    private final Acceptances acceptances;

    /**
     * @param client         the shared HTTP client
     * @param application    the balancer's base URL
     * @param requestTimeout longest wait for one answer; beyond it the journey is lost
     * @param think          the citizen's pause on each gateway page (reading, choosing)
     * @param acceptances    where accepted logins are counted
     */
    public Journey(HttpClient client, URI application, Duration requestTimeout, Duration think, Acceptances acceptances) {
        this.client = client;
        this.application = application;
        this.requestTimeout = requestTimeout;
        this.think = think;
        this.acceptances = acceptances;
    }

    /** Runs the journey of {@code citizen}; never throws for what the servers do. */
    public JourneyResult run(Citizen citizen) throws InterruptedException {
        Browser browser = new Browser(client, requestTimeout);
        Run run = new Run(citizen, browser, System.nanoTime());
        try {
            return run.go();
        } catch (HttpTimeoutException e) {
            return run.end(Outcome.LOST, "no answer within " + requestTimeout, null);
        } catch (IOException e) {
            return run.end(Outcome.UNEXPECTED, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
    }

    /** The state of one journey while it runs. */
    private final class Run {
        private final Citizen citizen;
        private final Browser browser;
        private final long start;
        private Step step = Step.HOME;
        private String startNode = "-";
        private String acsNode = "-";

        Run(Citizen citizen, Browser browser, long start) {
            this.citizen = citizen;
            this.browser = browser;
            this.start = start;
        }

        JourneyResult go() throws IOException, InterruptedException {
            Page home = browser.open(application.resolve("/"));
            Optional<String> button = Markup.linkByClass(home.body(), "clave-button");
            if (home.status() != 200 || button.isEmpty()) {
                return failure(home, "home page without the Cl@ve button");
            }
            step = Step.LOGIN;
            Page toGateway = browser.click(home, button.get());
            startNode = toGateway.nodes().get(0);
            Optional<Markup.Form> request = Markup.firstPostForm(toGateway.body());
            if (toGateway.status() != 200 || request.isEmpty() || !request.get().submission(Map.of()).containsKey("SAMLRequest")) {
                return failure(toGateway, "no auto-post form to the gateway");
            }
            step = Step.GATEWAY;
            Page chooser = browser.submit(toGateway, request.get(), request.get().submission(Map.of()), false);
            String method = METHODS.get(ThreadLocalRandom.current().nextInt(METHODS.size()));
            Optional<String> methodLink = Markup.linkById(chooser.body(), "method-" + method);
            if (chooser.status() != 200 || methodLink.isEmpty()) {
                return failure(chooser, "gateway page without method " + method);
            }
            pause();
            step = Step.METHOD;
            Page users = browser.click(chooser, methodLink.get());
            Optional<Markup.Form> userForm = Markup.firstPostForm(users.body());
            if (users.status() != 200 || userForm.isEmpty() || !userForm.get().options("user").contains(citizen.id())) {
                return failure(users, "gateway user page without citizen " + citizen.id());
            }
            pause();
            step = Step.USER;
            Page toAcs = browser.submit(users, userForm.get(),
                    userForm.get().submission(Map.of("user", citizen.id(), "outcome", "SUCCESS")), true);
            Optional<Markup.Form> answer = Markup.firstPostForm(toAcs.body());
            if (toAcs.status() != 200 || answer.isEmpty() || !answer.get().submission(Map.of()).containsKey("SAMLResponse")) {
                return failure(toAcs, "no auto-post form to the ACS");
            }
            step = Step.ACS;
            Map<String, String> fields = answer.get().submission(Map.of());
            AcsPost post = AcsPost.of(toAcs.url().resolve(answer.get().action()), fields);
            Page landed = browser.submit(toAcs, answer.get(), fields, false);
            acsNode = landed.nodes().get(0);
            if (landed.statuses().get(0) / 100 != 3) {
                return failure(landed, "ACS answered " + landed.statuses().get(0));
            }
            acceptances.accepted(post, "journey of " + citizen.id());
            step = Step.PROTECTED;
            Optional<String> shown = Markup.textById(landed.body(), "identifier");
            if (landed.status() == 200 && shown.isPresent()) {
                return shown.get().equals(citizen.identifier())
                        ? end(Outcome.SUCCEEDED, "", post)
                        : end(Outcome.WRONG_IDENTITY, "shown " + shown.get() + " to " + citizen.identifier(), post);
            }
            Optional<Markup.Form> again = Markup.firstPostForm(landed.body());
            if (landed.status() == 200 && again.isPresent() && again.get().submission(Map.of()).containsKey("SAMLRequest")) {
                return end(Outcome.SESSION_LOST, "protected page on " + landed.nodes().get(landed.nodes().size() - 1)
                        + " asked for a new login", post);
            }
            return failure(landed, "protected page without the identity");
        }

        private JourneyResult failure(Page page, String what) {
            Optional<String> code = page.header(ErrorCodeHeader.HEADER);
            if (code.isPresent()) {
                return end(Outcome.FAILED, code.get(), null);
            }
            Optional<String> balancer = page.header(Forwarder.ERROR_HEADER);
            if (balancer.isPresent()) {
                return end(Outcome.UPSTREAM_LOST, balancer.get() + " (" + page.status() + ")", null);
            }
            return end(Outcome.UNEXPECTED, what + ": status " + page.status() + " at " + page.url(), null);
        }

        JourneyResult end(Outcome outcome, String detail, AcsPost captured) {
            return new JourneyResult(citizen, outcome, detail, step, startNode, acsNode, start, System.nanoTime(),
                    List.copyOf(browser.requestNanos()), outcome == Outcome.SUCCEEDED ? captured : null);
        }

        private void pause() throws InterruptedException {
            if (!think.isZero()) {
                Thread.sleep(think.toMillis());
            }
        }
    }
}
