package org.reviewworkspace.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that holds the end of the chain. Writers lock it, so concurrent actions
 * (also on several nodes) append one after another and the chain never forks.
 */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

    static final int ID = 1;

    @Id
    private Integer id;
    private long lastSequence;
    private String lastHash;

    protected AuditChainHead() {
    }

    long lastSequence() {
        return lastSequence;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(AuditEvent event) {
        this.lastSequence = event.getSequence();
        this.lastHash = event.getHash();
    }
}
