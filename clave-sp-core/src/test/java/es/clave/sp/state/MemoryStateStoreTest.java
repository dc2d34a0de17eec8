package es.clave.sp.state;

import es.clave.sp.testing.MutableClock;

import java.util.Map;

/**
 * The store contract on the in-memory stores selected by {@code clave.state.store=memory}: one JVM,
 * so both "nodes" are the same instances.
 */
class MemoryStateStoreTest extends StateStoreContract {

    private StateStores shared;

    @Override
    protected StateStores openNode(MutableClock clock) {
        if (shared == null) {
            shared = StateStores.fromSettings(StateStoreSettings.fromProperties(Map.of("clave.state.store", "memory")),
                    null, clock);
        }
        return shared;
    }
}
