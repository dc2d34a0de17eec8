package es.clave.sp.load.node;

import es.clave.sp.servlet.ClaveErrorHandler;
import es.clave.sp.servlet.i18n.ServletMessages;
import es.clave.sp.servlet.web.DefaultErrorPage;
import es.clave.sp.trust.FeedTrustSource;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What the load test adds to the Spring example: the JDBC store's {@code DataSource} (the example
 * has none), the error page with the {@link ErrorCodeHeader}, and the operator's feed refresh.
 */
@Configuration(proxyBeanMethods = false)
public class SpringNodeConfiguration {

    /** The adapter's page plus the error-code header; replaces the auto-configured {@code ClaveErrorHandler}. */
    @Bean
    public ClaveErrorHandler claveErrorHandler(ServletMessages messages) {
        return new ErrorCodeHeader(new DefaultErrorPage(messages));
    }

    /** The application's pool, used by the JDBC store. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "clave.state.store", havingValue = "jdbc")
    public DataSource loadDataSource(Environment environment) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("clave.state.store", "jdbc");
        for (String key : new String[] {NodeSupport.JDBC_URL, NodeSupport.JDBC_USER, NodeSupport.JDBC_PASSWORD}) {
            p.put(key, environment.getRequiredProperty(key));
        }
        return NodeSupport.dataSource(p);
    }

    /** The operator endpoint needs no login (loopback only, called by the harness on the node's own port). */
    @Bean
    @Order(0)
    public SecurityFilterChain loadOperations(HttpSecurity http) throws Exception {
        http.securityMatcher("/load-ops/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable());
        return http.build();
    }

    /** {@code POST /load-ops/feed-refresh}. */
    @Bean
    public RouterFunction<ServerResponse> loadFeedRefresh(ObjectProvider<FeedTrustSource> feed) {
        return RouterFunctions.route()
                .POST(NodeSupport.FEED_REFRESH_PATH, request -> {
                    FeedTrustSource source = feed.getIfAvailable();
                    return ServerResponse.ok().body(source == null ? "NO_FEED" : NodeSupport.describe(source.refresh()));
                })
                .build();
    }
}
