package org.reviewworkspace.audit;

import org.reviewworkspace.base.Sha256;

/** SHA-256 over the previous hash and an event's canonical form. */
final class HashChain {

    /** What the first event links to: the chain head's hash before anything was recorded (migration V1). */
    static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    static String hash(String previousHash, String canonicalForm) {
        return Sha256.hex(previousHash, canonicalForm);
    }
}
