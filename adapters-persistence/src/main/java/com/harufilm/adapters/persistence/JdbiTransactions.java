package com.harufilm.adapters.persistence;

import com.harufilm.application.port.out.Transactions;
import java.util.function.Supplier;

/** Transactions on Jdbi: the repositories called inside the work join its one database transaction. */
final class JdbiTransactions implements Transactions {

    private final JdbiHandles handles;

    JdbiTransactions(JdbiHandles handles) {
        this.handles = handles;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return handles.inTransaction(handle -> work.get());
    }
}
