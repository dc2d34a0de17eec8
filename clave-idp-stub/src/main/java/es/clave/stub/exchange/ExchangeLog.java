package es.clave.stub.exchange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The last exchanges, newest last; bounded so a long-running stub does not grow. */
public final class ExchangeLog {

    private final int capacity;
    private final Deque<Exchange> exchanges = new ArrayDeque<>();

    /** @param capacity how many exchanges to keep */
    public ExchangeLog(int capacity) {
        this.capacity = capacity;
    }

    /** Adds {@code exchange}, dropping the oldest when full. */
    public synchronized void add(Exchange exchange) {
        exchanges.addLast(exchange);
        while (exchanges.size() > capacity) {
            exchanges.removeFirst();
        }
    }

    /** @return every kept exchange, oldest first */
    public synchronized List<Exchange> all() {
        return new ArrayList<>(exchanges);
    }

    /** @return the newest exchange, if any */
    public synchronized Optional<Exchange> last() {
        return Optional.ofNullable(exchanges.peekLast());
    }

    /** @return the exchange numbered {@code sequence}, if still kept */
    public synchronized Optional<Exchange> find(long sequence) {
        return exchanges.stream().filter(e -> e.sequence() == sequence).findFirst();
    }

    /** Forgets every exchange. */
    public synchronized void clear() {
        exchanges.clear();
    }
}
