package es.clave.stub.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts a {@link es.clave.stub.ClaveStub} for the annotated test class and injects it into test
 * methods, constructors and lifecycle methods that declare a {@code ClaveStub} parameter:
 * <pre>{@code
 * @WithClaveStub
 * class LoginTest {
 *     @Test
 *     void logsIn(ClaveStub stub) { ... }
 * }
 * }</pre>
 * For more configuration, use {@link ClaveStubExtension} with {@code @RegisterExtension}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ClaveStubExtension.class)
public @interface WithClaveStub {

    /** @return whether MUST violations are answered with an error response (default true) */
    boolean strict() default true;

    /** @return whether unregistered, correctly self-signed SPs are accepted (default true) */
    boolean devMode() default true;
}
